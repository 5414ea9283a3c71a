import type { Language } from '../common/i18n.js';
import {
  SERVICE_CATEGORY_LABELS,
  type ServiceChannel,
  type ServiceOpeningHours,
  type ServiceStandard,
  type ServiceWeekday,
} from './standard.js';

/** A JSON-LD node; typed loosely on purpose (it is data for search engines). */
export type ServiceJsonLd = { readonly [key: string]: unknown };

export interface ServiceJsonLdOptions {
  /** The OPD that runs the service, e.g. "Dinas Kependudukan dan Pencatatan Sipil". */
  readonly opdName: string;
  /** The regency served, e.g. "Kabupaten Pasuruan". */
  readonly areaServed?: string;
  /** The page of this service on the portal. */
  readonly url?: string;
  /** Language of the labels that are ours (category, units); the content is as stored. */
  readonly lang?: Language;
}

const SCHEMA_DAYS: Readonly<Record<ServiceWeekday, string>> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

function hours(list: readonly ServiceOpeningHours[]): ServiceJsonLd[] {
  return list.map((h) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: h.days.map((d) => SCHEMA_DAYS[d]),
    opens: h.opens,
    closes: h.closes,
  }));
}

function place(channel: Extract<ServiceChannel, { kind: 'mpp' | 'office' }>): ServiceJsonLd {
  return {
    '@type': 'Place',
    name: channel.name,
    ...(channel.street && {
      address: { '@type': 'PostalAddress', streetAddress: channel.street, addressCountry: 'ID' },
    }),
    ...(channel.point && {
      geo: {
        '@type': 'GeoCoordinates',
        latitude: channel.point.lat,
        longitude: channel.point.lng,
      },
    }),
  };
}

function channelNode(channel: ServiceChannel): ServiceJsonLd {
  if (channel.kind === 'online') {
    return {
      '@type': 'ServiceChannel',
      ...(channel.name && { name: channel.name }),
      serviceUrl: channel.url,
      availableLanguage: 'id',
    };
  }
  return {
    '@type': 'ServiceChannel',
    name:
      channel.kind === 'mpp' && channel.counter
        ? `${channel.name}, ${channel.counter}`
        : channel.name,
    serviceLocation: place(channel),
    availableLanguage: 'id',
    ...(channel.hours.length > 0 && { hoursAvailable: hours(channel.hours) }),
  };
}

function offers(standard: ServiceStandard): ServiceJsonLd {
  switch (standard.fee.kind) {
    case 'free':
      return { '@type': 'Offer', price: 0, priceCurrency: 'IDR' };
    case 'fixed':
      return { '@type': 'Offer', price: standard.fee.amount, priceCurrency: 'IDR' };
    case 'variable':
      return { '@type': 'Offer', priceCurrency: 'IDR', description: standard.fee.description };
  }
}

/**
 * A schema.org `GovernmentService` node for a standard, with a `ServiceChannel` per channel.
 *
 * `processingTime` is left out on purpose: schema.org wants an ISO 8601 duration of
 * calendar time (`P5D`), but jangka waktu counts working days (UU 25/2009 Pasal 21 huruf c),
 * whose calendar length depends on the filing date and the holidays. The working-day figure
 * goes into `additionalProperty` with `unitText: "hari kerja"` instead.
 */
export function serviceJsonLd(
  standard: ServiceStandard,
  options: ServiceJsonLdOptions,
): ServiceJsonLd {
  const lang = options.lang ?? 'id';
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: standard.id,
    name: standard.name,
    ...(standard.description && { description: standard.description }),
    ...(options.url && { url: options.url }),
    serviceType: SERVICE_CATEGORY_LABELS[standard.category][lang],
    ...(standard.keywords.length > 0 && { keywords: standard.keywords.join(', ') }),
    serviceOperator: { '@type': 'GovernmentOrganization', name: options.opdName },
    provider: { '@type': 'GovernmentOrganization', name: options.opdName },
    ...(options.areaServed && {
      areaServed: { '@type': 'AdministrativeArea', name: options.areaServed },
    }),
    serviceOutput: { '@type': 'Thing', name: standard.product.name },
    offers: offers(standard),
    availableChannel: standard.channels.map(channelNode),
    additionalProperty: [
      {
        '@type': 'PropertyValue',
        name: lang === 'id' ? 'Jangka waktu penyelesaian' : 'Completion time',
        value: standard.completionDays,
        unitText: lang === 'id' ? 'hari kerja' : 'working days',
      },
    ],
  };
}
