// How a fact reads: its value (or "unknown"), how certain it is, and where it comes from.
import { useTranslation } from 'react-i18next';
import { EnglishNote } from '../../ui/EnglishNote';
import { formatMoney, formatPartialDate, formatPercent } from '../../i18n';
import { useAppStore } from '../../state';
import type { DateFact, Money, Participation } from '../../domain/dataset/schema';
import { SourceLinks } from './SourceLinks';

export function Unknown() {
  const { t } = useTranslation();
  return <em className="unknown">{t('detail.unknown')}</em>;
}

/** A partner's country code, or "country unknown" when the sources don't give it. */
export function CountryView({ country }: { country: string | null }) {
  const { t } = useTranslation();
  return country ?? <em className="unknown">{t('detail.countryUnknown')}</em>;
}

export function DateView({ fact }: { fact: DateFact | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!fact) return <Unknown />;
  return (
    <>
      {formatPartialDate(fact.value, lang)} <SourceLinks ids={fact.sources} />
      {/* Positions as keys: a fact's lists are never reordered, and a key must be unique whatever the data holds. */}
      {fact.conflicts?.map((conflict, index) => (
        <span key={index} className="conflict">
          {' '}
          ({t('detail.conflict', { value: formatPartialDate(conflict.value, lang) })}{' '}
          <SourceLinks ids={conflict.sources} />
          {conflict.note && <EnglishNote> {conflict.note}</EnglishNote>})
        </span>
      ))}
    </>
  );
}

export function MoneyView({ money }: { money: Money | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!money) return <Unknown />;
  return (
    <>
      {money.approximate && `${t('detail.approximate')} `}
      {formatMoney(money.amount, money.currency, lang)}
      {money.alsoStated?.map((other, index) => (
        <span key={index}>
          {' '}
          ({t('detail.alsoStated', { amount: formatMoney(other.amount, other.currency, lang) })})
        </span>
      ))}{' '}
      {money.derived ? (
        <span className="derived fact-extra">
          {t('detail.derived')}: <EnglishNote>{money.derived}</EnglishNote>
        </span>
      ) : null}{' '}
      <SourceLinks ids={money.sources} />
      {money.stated && <span className="stated fact-extra">{t('detail.stated', { text: money.stated })}</span>}
      {money.note && <EnglishNote className="fact-note fact-extra">{money.note}</EnglishNote>}
    </>
  );
}

/** "EU contribution", naming the fund where the figure gives one. */
export function EuLabel({ money }: { money: Money | null }) {
  const { t } = useTranslation();
  return <>{money?.fund ? t('detail.euFund', { fund: money.fund }) : t('detail.eu')}</>;
}

/** A partner's own budget in one project, where the sources give it; a missing figure is unknown. */
export function ParticipationBudgetView({ budget }: { budget: Participation['budget'] }) {
  const { t } = useTranslation();
  if (!budget) return null;
  return (
    <>
      {' '}
      <span className="fact-extra">
        {t('detail.partnerTotal')}: <MoneyView money={budget.total} />; <EuLabel money={budget.eu} />:{' '}
        <MoneyView money={budget.eu} />
      </span>
    </>
  );
}

export function RateView({
  rate,
}: {
  rate: { value: number; sources: string[]; approximate?: boolean | undefined; note?: string | undefined } | null;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!rate) return <Unknown />;
  return (
    <>
      {rate.approximate && `${t('detail.approximate')} `}
      {formatPercent(rate.value, lang)} <SourceLinks ids={rate.sources} />
      {rate.note && <EnglishNote className="fact-note fact-extra">{rate.note}</EnglishNote>}
    </>
  );
}
