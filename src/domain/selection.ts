// What the reader has picked on the map or in a list: one project, partner or programme area.
export type Selection =
  { kind: 'project'; id: string } | { kind: 'partner'; id: string } | { kind: 'area'; id: string };
