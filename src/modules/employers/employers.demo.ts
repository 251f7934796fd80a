/**
 * Demo data for employer services in the demo region (Midden-Utrecht, AM13): 16 made-up employers in the
 * region's gemeenten (zorg, schoonmaak, logistiek, horeca, groen, ICT, retail …) with locations, contact
 * persons, inclusive-employer facts, a contacts log over the last four months (the demo job coach has a
 * few contacts this week), 24 vacancies with tasks and FML demands, existing jobs split into tasks, and one
 * carved job turned into a vacancy. Deterministic: the same data every time. Names, KvK numbers, phone
 * numbers and addresses are invented (KvK numbers 9000 00xx; .demo mail domains).
 */
import type { Queryable } from '../../platform/db/db.js';
import { assembleJob, type Job as MatchingJob } from '../matching/index.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './employers.data.js';
import { addDays, isoWeekOf } from './employers.rules.js';

export interface EmployerDemoCast {
  organisations: { gemeente: string; uwv: string; ggz: string; sw: string; bakery: string; care: string };
  /** The demo employer adviser (account holder for most employers, organisation `sw`). */
  adviser: string;
  /** Job coaches per organisation; the first of `ggz` is the demo job coach. */
  coaches: { ggz: string[]; sw: string[] };
}

type Demand = { itemId: string; levels: number[] };
/** An ordinal demand: the strongest limitation the task still tolerates (0 = the norm). */
const o = (itemId: string, level: number): Demand => ({ itemId, levels: [level] });
/** A condition demand: the codes the task does not go together with. */
const c = (itemId: string, ...codes: number[]): Demand => ({ itemId, levels: codes });

export interface DemoTask {
  name: string;
  share: number;
  carvable?: boolean;
  demands: Demand[];
}

type HolderKey = 'sw' | 'gemeente' | 'uwv';
interface DemoEmployer {
  key: string;
  name: string;
  kvk: string;
  sbi: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  holder: HolderKey;
  /** The demo employer organisation linked to the record (employer portal). */
  organisation?: 'bakery' | 'care';
  banenafspraak: number | null;
  accommodations: string[];
  location: {
    name: string;
    street: string;
    houseNumber: string;
    postcode: string;
    city: string;
    municipalityCode: string;
  };
  contacts: { name: string; role: string; phone: string }[];
  description: string;
}

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  {
    key: 'care',
    name: 'Zorggroep Het Anker',
    kvk: '90000001',
    sbi: '8710',
    size: 'large',
    holder: 'sw',
    organisation: 'care',
    banenafspraak: 14,
    accommodations: ['liftingAid', 'flexibleHours', 'fixedColleague'],
    location: {
      name: 'Woonzorgcentrum Het Anker',
      street: 'Ankerlaan',
      houseNumber: '12',
      postcode: '3441AB',
      city: 'Woerden',
      municipalityCode: 'GM0632',
    },
    contacts: [
      { name: 'Ingrid Veldhuis', role: 'Manager facilitair', phone: '0348 000 101' },
      { name: 'Sander Koster', role: 'HR-adviseur', phone: '0348 000 102' },
    ],
    description: 'Wonen en zorg voor ouderen. Werkt al jaren met mensen uit de banenafspraak in de facilitaire dienst.',
  },
  {
    key: 'bakery',
    name: 'Bakkerij De Korenschoof',
    kvk: '90000002',
    sbi: '1071',
    size: 'small',
    holder: 'sw',
    organisation: 'bakery',
    banenafspraak: 2,
    accommodations: ['structuredWork', 'fixedColleague'],
    location: {
      name: 'Bakkerij en winkel',
      street: 'Molenstraat',
      houseNumber: '3',
      postcode: '3991AA',
      city: 'Houten',
      municipalityCode: 'GM0321',
    },
    contacts: [{ name: 'Anouk Visser', role: 'Eigenaar', phone: '030 000 2201' }],
    description: 'Ambachtelijke bakker met eigen winkel. Begint vroeg: de bakkerij draait vanaf 4 uur.',
  },
  {
    key: 'groen',
    name: 'Hoveniersbedrijf Groen',
    kvk: '90000003',
    sbi: '8130',
    size: 'small',
    holder: 'sw',
    banenafspraak: 3,
    accommodations: ['flexibleHours', 'fixedColleague'],
    location: {
      name: 'Werf',
      street: 'Kwekerijweg',
      houseNumber: '8',
      postcode: '3705AC',
      city: 'Zeist',
      municipalityCode: 'GM0355',
    },
    contacts: [{ name: 'Wim de Groot', role: 'Uitvoerder', phone: '030 000 3301' }],
    description: 'Aanleg en onderhoud van tuinen en openbaar groen. Werkt in vaste ploegen.',
  },
  {
    key: 'dc',
    name: 'Distributiecentrum Nieuwegein',
    kvk: '90000004',
    sbi: '5210',
    size: 'large',
    holder: 'sw',
    banenafspraak: 9,
    accommodations: ['liftingAid', 'structuredWork', 'adjustedWorkstation'],
    location: {
      name: 'DC Lekpoort',
      street: 'Lekpoort',
      houseNumber: '40',
      postcode: '3433PX',
      city: 'Nieuwegein',
      municipalityCode: 'GM0356',
    },
    contacts: [
      { name: 'Ramon Bakker', role: 'Teamleider magazijn', phone: '030 000 4401' },
      { name: 'Lisa Jongbloed', role: 'Recruiter', phone: '030 000 4402' },
    ],
    description: 'Opslag en verzending voor webwinkels. Werkt in twee ploegen; staat open voor jobcarving.',
  },
  {
    key: 'fiets',
    name: 'Fietsenmaker Van der Wiel',
    kvk: '90000005',
    sbi: '9529',
    size: 'micro',
    holder: 'sw',
    banenafspraak: 1,
    accommodations: ['fixedColleague'],
    location: {
      name: 'Werkplaats',
      street: 'Dorpsstraat',
      houseNumber: '21',
      postcode: '3981EA',
      city: 'Bunnik',
      municipalityCode: 'GM0312',
    },
    contacts: [{ name: 'Kees van der Wiel', role: 'Eigenaar', phone: '030 000 5501' }],
    description: 'Fietsenwinkel met werkplaats. Leidt graag zelf iemand op.',
  },
  {
    key: 'koffie',
    name: 'Koffiebar Het Wiel',
    kvk: '90000006',
    sbi: '5630',
    size: 'micro',
    holder: 'sw',
    banenafspraak: 2,
    accommodations: ['fixedColleague', 'structuredWork'],
    location: {
      name: 'Koffiebar',
      street: 'Voorstraat',
      houseNumber: '55',
      postcode: '3512AK',
      city: 'Utrecht',
      municipalityCode: 'GM0344',
    },
    contacts: [{ name: 'Noor Hendriks', role: 'Bedrijfsleider', phone: '030 000 6601' }],
    description: 'Koffiebar in de binnenstad, sociaal ondernemer.',
  },
  {
    key: 'schoon',
    name: 'Kantoor Zeist Schoonmaak',
    kvk: '90000007',
    sbi: '8121',
    size: 'medium',
    holder: 'sw',
    banenafspraak: 6,
    accommodations: ['flexibleHours', 'structuredWork'],
    location: {
      name: 'Kantoor',
      street: 'Slotlaan',
      houseNumber: '100',
      postcode: '3701GL',
      city: 'Zeist',
      municipalityCode: 'GM0355',
    },
    contacts: [{ name: 'Marco Pinas', role: 'Rayonleider', phone: '030 000 7701' }],
    description: 'Schoonmaak van kantoren en zorglocaties in de regio.',
  },
  {
    key: 'hotel',
    name: 'Hotel De Heuvelrug',
    kvk: '90000008',
    sbi: '5510',
    size: 'medium',
    holder: 'sw',
    banenafspraak: null,
    accommodations: ['flexibleHours'],
    location: {
      name: 'Hotel',
      street: 'Boslaan',
      houseNumber: '2',
      postcode: '3941AA',
      city: 'Doorn',
      municipalityCode: 'GM1581',
    },
    contacts: [{ name: 'Femke Dekker', role: 'Hoofd housekeeping', phone: '0343 000 801' }],
    description: 'Hotel met restaurant en zalen aan de rand van het bos.',
  },
  {
    key: 'ict',
    name: 'Bitwerk ICT-diensten',
    kvk: '90000009',
    sbi: '6202',
    size: 'medium',
    holder: 'gemeente',
    banenafspraak: 4,
    accommodations: ['quietWorkplace', 'adjustedWorkstation', 'flexibleHours', 'structuredWork'],
    location: {
      name: 'Kantoor',
      street: 'Stationsplein',
      houseNumber: '9',
      postcode: '3511ED',
      city: 'Utrecht',
      municipalityCode: 'GM0344',
    },
    contacts: [{ name: 'Jeroen Smits', role: 'Teamlead servicedesk', phone: '030 000 9901' }],
    description: 'ICT-beheer voor scholen en zorginstellingen. Werkt met neurodivers talent.',
  },
  {
    key: 'super',
    name: 'Supermarkt Vers aan de Vecht',
    kvk: '90000010',
    sbi: '4711',
    size: 'medium',
    holder: 'gemeente',
    banenafspraak: 3,
    accommodations: ['fixedColleague'],
    location: {
      name: 'Winkel',
      street: 'Kerkplein',
      houseNumber: '4',
      postcode: '3611AB',
      city: 'Maarssen',
      municipalityCode: 'GM1904',
    },
    contacts: [{ name: 'Patrick Mol', role: 'Filiaalmanager', phone: '0346 000 101' }],
    description: 'Zelfstandige supermarkt met veel avond- en zaterdagwerk.',
  },
  {
    key: 'thuiszorg',
    name: 'Thuiszorg Samen Thuis',
    kvk: '90000011',
    sbi: '8810',
    size: 'large',
    holder: 'uwv',
    banenafspraak: 5,
    accommodations: ['flexibleHours'],
    location: {
      name: 'Kantoor',
      street: 'Hessenweg',
      houseNumber: '30',
      postcode: '3731JK',
      city: 'De Bilt',
      municipalityCode: 'GM0310',
    },
    contacts: [{ name: 'Saskia Brouwer', role: 'Teamcoördinator', phone: '030 000 1101' }],
    description: 'Huishoudelijke hulp en begeleiding thuis.',
  },
  {
    key: 'catering',
    name: 'Smaakmakers Catering',
    kvk: '90000012',
    sbi: '5629',
    size: 'medium',
    holder: 'uwv',
    banenafspraak: 2,
    accommodations: ['structuredWork'],
    location: {
      name: 'Centrale keuken',
      street: 'Nijverheidsweg',
      houseNumber: '17',
      postcode: '3401MC',
      city: 'IJsselstein',
      municipalityCode: 'GM0353',
    },
    contacts: [{ name: 'Ahmed Benali', role: 'Chef-kok', phone: '030 000 1201' }],
    description: 'Bedrijfsrestaurants en catering voor bedrijven in de regio.',
  },
  {
    key: 'kringloop',
    name: 'Kringloop De Tweede Ronde',
    kvk: '90000013',
    sbi: '4779',
    size: 'small',
    holder: 'sw',
    banenafspraak: 5,
    accommodations: ['structuredWork', 'fixedColleague', 'flexibleHours'],
    location: {
      name: 'Winkel en sorteerruimte',
      street: 'Industrieweg',
      houseNumber: '6',
      postcode: '3417MA',
      city: 'Montfoort',
      municipalityCode: 'GM0335',
    },
    contacts: [{ name: 'Henk Vos', role: 'Coördinator', phone: '0348 000 1301' }],
    description: 'Kringloopwinkel met werkervaringsplaatsen.',
  },
  {
    key: 'boerderij',
    name: 'Zorgboerderij De Lopikerwaard',
    kvk: '90000014',
    sbi: '0150',
    size: 'micro',
    holder: 'sw',
    banenafspraak: 1,
    accommodations: ['structuredWork', 'fixedColleague'],
    location: {
      name: 'Boerderij',
      street: 'Lopikerweg',
      houseNumber: '70',
      postcode: '3411AA',
      city: 'Lopik',
      municipalityCode: 'GM0331',
    },
    contacts: [{ name: 'Gerda Verhoef', role: 'Boerin en begeleider', phone: '0348 000 1401' }],
    description: 'Gemengd bedrijf met dieren en een boerderijwinkel.',
  },
  {
    key: 'wasserij',
    name: 'Wasserij Schoon Linnen',
    kvk: '90000015',
    sbi: '9601',
    size: 'medium',
    holder: 'sw',
    banenafspraak: 7,
    accommodations: ['liftingAid', 'structuredWork'],
    location: {
      name: 'Wasserij',
      street: 'Tappersweg',
      houseNumber: '11',
      postcode: '3421AA',
      city: 'Oudewater',
      municipalityCode: 'GM0589',
    },
    contacts: [{ name: 'Mirjam Kok', role: 'Productieleider', phone: '0348 000 1501' }],
    description: 'Wasserij voor zorginstellingen en hotels.',
  },
  {
    key: 'bezorg',
    name: 'Stadshub Pakketbezorging',
    kvk: '90000016',
    sbi: '5320',
    size: 'large',
    holder: 'gemeente',
    banenafspraak: null,
    accommodations: [],
    location: {
      name: 'Hub',
      street: 'Cartesiusweg',
      houseNumber: '90',
      postcode: '3534BD',
      city: 'Utrecht',
      municipalityCode: 'GM0344',
    },
    contacts: [{ name: 'Dennis Roos', role: 'Planner', phone: '030 000 1601' }],
    description: 'Bezorging van pakketten met elektrische busjes en bakfietsen.',
  },
];

export interface DemoVacancy {
  employer: string;
  title: string;
  occupationCode: string;
  hours: [number, number];
  hoursPerDay?: number;
  days: string[];
  evenings?: boolean;
  nights?: boolean;
  contractType: 'permanent' | 'temporary' | 'onCall' | 'none';
  wageForm: 'marketWage' | 'loonkostensubsidie' | 'loondispensatie' | 'unpaidWorkExperience';
  requirements?: { diploma?: string; certificates?: string[]; drivingLicence?: string; languageLevel?: string };
  tasks: DemoTask[];
  /** Days ago it opened. */
  openedDaysAgo: number;
  status?: 'filled' | 'withdrawn';
  banenafspraak?: boolean;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const DEMO_VACANCIES: readonly DemoVacancy[] = [
  {
    employer: 'care',
    title: 'Medewerker facilitaire dienst',
    occupationCode: '9112',
    hours: [16, 24],
    hoursPerDay: 6,
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    banenafspraak: true,
    openedDaysAgo: 20,
    tasks: [
      { name: 'Maaltijden rondbrengen', share: 40, demands: [o('IV.17', 0), o('IV.12', 1)] },
      { name: 'Kamers schoonmaken', share: 35, demands: [o('IV.9', 1), o('IV.13', 1)] },
      { name: 'Was sorteren', share: 25, carvable: true, demands: [o('V.4', 1)] },
    ],
  },
  {
    employer: 'care',
    title: 'Helpende zorg en welzijn',
    occupationCode: '5321',
    hours: [24, 32],
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'marketWage',
    requirements: { diploma: 'mbo 2 Helpende Zorg en Welzijn', languageLevel: 'B1' },
    openedDaysAgo: 35,
    tasks: [
      { name: 'Bewoners helpen bij wassen en aankleden', share: 50, demands: [o('IV.13', 1), o('IV.9', 1)] },
      { name: 'Bedden opmaken', share: 15, carvable: true, demands: [o('IV.13', 1), o('IV.10', 1)] },
      { name: 'Activiteiten begeleiden', share: 25, demands: [c('II.12', 1, 2)] },
      { name: 'Rapporteren in het zorgdossier', share: 10, demands: [o('II.4', 0), o('IV.4', 2)] },
    ],
  },
  {
    employer: 'care',
    title: 'Gastvrouw/gastheer restaurant',
    occupationCode: '5131',
    hours: [12, 20],
    days: ['mon', 'wed', 'fri', 'sat'],
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 60,
    status: 'filled',
    tasks: [
      { name: 'Koffie en thee schenken', share: 40, demands: [c('II.12', 1), o('V.4', 1)] },
      { name: 'Tafels dekken en afruimen', share: 40, demands: [o('IV.14', 1)] },
      { name: 'Afwassen', share: 20, carvable: true, demands: [o('V.4', 0), o('III.3', 0)] },
    ],
  },
  {
    employer: 'bakery',
    title: 'Medewerker bakkerij',
    occupationCode: '7512',
    hours: [20, 32],
    hoursPerDay: 8,
    days: ['tue', 'wed', 'thu', 'fri', 'sat'],
    nights: true,
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    requirements: { certificates: ['hygiënecode'] },
    openedDaysAgo: 12,
    tasks: [
      { name: 'Deeg afwegen en kneden', share: 40, demands: [o('IV.13', 1), o('V.4', 0)] },
      { name: 'Brood vormen en bakken', share: 40, demands: [o('V.4', 0), c('III.1', 1)] },
      { name: 'Bakplaten schoonmaken', share: 20, carvable: true, demands: [o('IV.9', 1)] },
    ],
  },
  {
    employer: 'bakery',
    title: 'Inpakker',
    occupationCode: '9329',
    hours: [12, 20],
    days: ['mon', 'wed', 'fri'],
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 5,
    tasks: [
      { name: 'Brood snijden en inpakken', share: 70, demands: [o('IV.8', 1), o('I.7', 0)] },
      { name: 'Bestellingen klaarzetten', share: 30, demands: [o('IV.13', 1)] },
    ],
  },
  {
    employer: 'groen',
    title: 'Medewerker groenonderhoud',
    occupationCode: '9214',
    hours: [24, 32],
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    banenafspraak: true,
    openedDaysAgo: 28,
    tasks: [
      { name: 'Maaien en snoeien', share: 50, demands: [o('IV.16', 1), o('III.7', 0)] },
      { name: 'Onkruid wieden', share: 30, carvable: true, demands: [o('IV.20', 1), o('V.5', 0)] },
      { name: 'Groenafval ruimen en opladen', share: 20, demands: [o('IV.13', 0)] },
    ],
  },
  {
    employer: 'groen',
    title: 'Hovenier (BBL)',
    occupationCode: '6113',
    hours: [32, 36],
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'marketWage',
    requirements: { certificates: ['vca'], drivingLicence: 'B' },
    openedDaysAgo: 90,
    status: 'withdrawn',
    tasks: [
      { name: 'Tuinen aanleggen', share: 60, demands: [o('IV.13', 0), o('IV.20', 1)] },
      { name: 'Bestrating leggen', share: 25, demands: [o('IV.20', 0), o('V.5', 0)] },
      { name: 'Klanten te woord staan', share: 15, demands: [c('II.12', 1)] },
    ],
  },
  {
    employer: 'dc',
    title: 'Orderpicker',
    occupationCode: '9333',
    hours: [24, 38],
    days: WEEKDAYS,
    evenings: true,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 8,
    tasks: [
      { name: 'Orders verzamelen met de scanner', share: 60, demands: [o('IV.17', 0), o('IV.13', 1), c('I.8', 4, 5)] },
      { name: 'Rolcontainers wegzetten', share: 25, demands: [o('IV.12', 0)] },
      { name: 'Retouren controleren', share: 15, carvable: true, demands: [o('V.2', 1), o('IV.4', 1)] },
    ],
  },
  {
    employer: 'fiets',
    title: 'Fietsenmaker in opleiding',
    occupationCode: '7234',
    hours: [24, 32],
    days: ['tue', 'wed', 'thu', 'fri', 'sat'],
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    openedDaysAgo: 40,
    tasks: [
      { name: 'Banden plakken en remmen afstellen', share: 60, demands: [c('IV.3', 6, 7)] },
      { name: 'Fietsen in de winkel zetten', share: 20, demands: [o('IV.13', 1)] },
      { name: 'Klanten helpen', share: 20, carvable: true, demands: [c('II.12', 1)] },
    ],
  },
  {
    employer: 'koffie',
    title: 'Barista',
    occupationCode: '5132',
    hours: [12, 24],
    days: ['wed', 'thu', 'fri', 'sat', 'sun'],
    contractType: 'onCall',
    wageForm: 'marketWage',
    requirements: { languageLevel: 'A2' },
    openedDaysAgo: 15,
    tasks: [
      { name: 'Koffie zetten', share: 50, demands: [o('V.4', 0), o('I.2', 0)] },
      { name: 'Bestellingen opnemen en afrekenen', share: 30, demands: [c('II.12', 1), o('II.3', 0)] },
      { name: 'Opruimen en afwassen', share: 20, carvable: true, demands: [o('V.4', 0)] },
    ],
  },
  {
    employer: 'schoon',
    title: 'Schoonmaker kantoren',
    occupationCode: '9112',
    hours: [12, 20],
    hoursPerDay: 4,
    days: WEEKDAYS,
    evenings: true,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 3,
    tasks: [
      { name: 'Bureaus en vloeren schoonmaken', share: 60, demands: [o('IV.17', 1), o('IV.9', 1)] },
      { name: 'Sanitair schoonmaken', share: 30, demands: [o('III.3', 0), o('V.6', 1)] },
      { name: 'Prullenbakken legen', share: 10, demands: [o('IV.13', 2)] },
    ],
  },
  {
    employer: 'schoon',
    title: 'Schoonmaker zorglocatie (overdag)',
    occupationCode: '9112',
    hours: [20, 28],
    days: WEEKDAYS,
    contractType: 'permanent',
    wageForm: 'loonkostensubsidie',
    banenafspraak: true,
    openedDaysAgo: 45,
    status: 'filled',
    tasks: [
      { name: 'Kamers en gangen schoonmaken', share: 70, demands: [o('IV.17', 1), o('IV.10', 1)] },
      { name: 'Schoonmaakkar bijvullen', share: 30, carvable: true, demands: [o('IV.13', 1)] },
    ],
  },
  {
    employer: 'hotel',
    title: 'Medewerker housekeeping',
    occupationCode: '9112',
    hours: [16, 24],
    days: ['fri', 'sat', 'sun', 'mon'],
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 18,
    tasks: [
      { name: 'Hotelkamers schoonmaken', share: 60, demands: [o('IV.10', 1), o('IV.20', 1)] },
      { name: 'Bedden opmaken', share: 30, demands: [o('IV.13', 1)] },
      { name: 'Linnenkar bijvullen', share: 10, carvable: true, demands: [o('IV.12', 1)] },
    ],
  },
  {
    employer: 'hotel',
    title: 'Keukenhulp en afwas',
    occupationCode: '9412',
    hours: [16, 32],
    days: ['wed', 'thu', 'fri', 'sat', 'sun'],
    evenings: true,
    contractType: 'onCall',
    wageForm: 'marketWage',
    openedDaysAgo: 10,
    tasks: [
      { name: 'Afwassen en keuken schoonhouden', share: 60, demands: [o('V.4', 0), c('III.1', 1)] },
      { name: 'Groente snijden', share: 40, demands: [c('IV.3', 7)] },
    ],
  },
  {
    employer: 'ict',
    title: 'Medewerker servicedesk',
    occupationCode: '3512',
    hours: [24, 32],
    days: WEEKDAYS,
    contractType: 'permanent',
    wageForm: 'marketWage',
    requirements: { diploma: 'mbo 4 ICT Support', languageLevel: 'B2' },
    openedDaysAgo: 25,
    tasks: [
      { name: 'Telefoon en chat beantwoorden', share: 50, demands: [c('II.12', 1), o('I.2', 0)] },
      { name: 'Storingen onderzoeken en oplossen', share: 40, demands: [o('I.1', 0), o('IV.4', 0)] },
      { name: 'Laptops klaarmaken', share: 10, carvable: true, demands: [o('IV.13', 2)] },
    ],
  },
  {
    employer: 'ict',
    title: 'Softwaretester',
    occupationCode: '2519',
    hours: [16, 32],
    days: [],
    contractType: 'temporary',
    wageForm: 'marketWage',
    requirements: { languageLevel: 'B1' },
    openedDaysAgo: 7,
    tasks: [
      { name: 'Testscripts uitvoeren', share: 70, demands: [o('I.1', 1), o('IV.4', 0)] },
      { name: 'Bevindingen vastleggen', share: 30, demands: [o('II.4', 0)] },
    ],
  },
  {
    employer: 'super',
    title: 'Vakkenvuller',
    occupationCode: '9334',
    hours: [12, 24],
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    evenings: true,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 14,
    tasks: [
      { name: 'Vakken vullen', share: 70, demands: [o('IV.13', 1), o('IV.9', 1), o('IV.20', 1)] },
      { name: 'Houdbaarheid controleren', share: 30, carvable: true, demands: [o('IV.17', 1)] },
    ],
  },
  {
    employer: 'super',
    title: 'Medewerker kassa',
    occupationCode: '5230',
    hours: [12, 20],
    days: ['thu', 'fri', 'sat'],
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 30,
    tasks: [
      { name: 'Afrekenen met klanten', share: 80, demands: [c('II.12', 1), o('V.2', 0)] },
      { name: 'Vragen van klanten beantwoorden', share: 20, demands: [o('II.8', 1)] },
    ],
  },
  {
    employer: 'thuiszorg',
    title: 'Medewerker huishoudelijke hulp',
    occupationCode: '9111',
    hours: [12, 24],
    hoursPerDay: 6,
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 22,
    tasks: [
      { name: 'Huis schoonmaken', share: 70, demands: [o('IV.9', 1), o('IV.13', 1)] },
      { name: 'Boodschappen doen en een praatje maken', share: 30, demands: [c('II.12', 2)] },
    ],
  },
  {
    employer: 'catering',
    title: 'Medewerker bedrijfsrestaurant',
    occupationCode: '5246',
    hours: [20, 32],
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'loondispensatie',
    banenafspraak: true,
    requirements: { certificates: ['hygiënecode'] },
    openedDaysAgo: 16,
    tasks: [
      { name: 'Broodjes en salades maken', share: 40, demands: [c('III.1', 2), o('V.4', 1)] },
      { name: 'Uitgifte aan de balie', share: 40, demands: [c('II.12', 1)] },
      { name: 'Afwassen', share: 20, carvable: true, demands: [o('V.4', 0)] },
    ],
  },
  {
    employer: 'kringloop',
    title: 'Werkervaringsplaats sorteren en prijzen',
    occupationCode: '9329',
    hours: [16, 32],
    days: WEEKDAYS,
    contractType: 'none',
    wageForm: 'unpaidWorkExperience',
    openedDaysAgo: 50,
    tasks: [
      { name: 'Spullen sorteren', share: 60, demands: [o('IV.13', 1)] },
      { name: 'Prijzen en in de winkel zetten', share: 40, demands: [o('IV.17', 1)] },
    ],
  },
  {
    employer: 'kringloop',
    title: 'Chauffeur en bijrijder ophaaldienst',
    occupationCode: '8322',
    hours: [24, 32],
    days: ['tue', 'wed', 'thu', 'fri', 'sat'],
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    requirements: { drivingLicence: 'B' },
    openedDaysAgo: 33,
    tasks: [
      { name: 'Rijden naar ophaaladressen', share: 50, demands: [o('II.11', 0), o('I.2', 0)] },
      { name: 'Meubels tillen en dragen', share: 50, demands: [o('IV.13', 0), o('IV.14', 0)] },
    ],
  },
  {
    employer: 'boerderij',
    title: 'Medewerker dierverzorging',
    occupationCode: '9212',
    hours: [16, 24],
    days: ['mon', 'tue', 'thu', 'fri'],
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    openedDaysAgo: 26,
    tasks: [
      { name: 'Dieren voeren', share: 50, demands: [o('IV.14', 1), o('III.5', 1)] },
      { name: 'Stallen uitmesten', share: 30, demands: [o('IV.12', 0)] },
      { name: 'Eieren rapen', share: 20, carvable: true, demands: [o('IV.9', 1)] },
    ],
  },
  {
    employer: 'wasserij',
    title: 'Productiemedewerker wasserij',
    occupationCode: '9121',
    hours: [24, 32],
    days: WEEKDAYS,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openedDaysAgo: 11,
    tasks: [
      { name: 'Vuile was sorteren', share: 40, demands: [o('IV.13', 1), o('III.3', 0)] },
      { name: 'Strijkmachine bedienen', share: 40, demands: [c('III.1', 1), o('V.4', 0)] },
      { name: 'Vouwen en inpakken', share: 20, carvable: true, demands: [o('IV.8', 1)] },
    ],
  },
  {
    employer: 'bezorg',
    title: 'Pakketbezorger',
    occupationCode: '9621',
    hours: [24, 40],
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    evenings: true,
    contractType: 'temporary',
    wageForm: 'marketWage',
    requirements: { drivingLicence: 'B' },
    openedDaysAgo: 6,
    tasks: [
      { name: 'Route rijden', share: 50, demands: [o('II.11', 0)] },
      { name: 'Pakketten bezorgen', share: 50, demands: [o('IV.14', 1), o('IV.18', 1)] },
    ],
  },
];

/** Existing jobs split into tasks (job carving); the first two of the DC are carved into one new job. */
export const DEMO_JOBS: readonly {
  employer: string;
  title: string;
  occupationCode: string;
  hours: number;
  tasks: DemoTask[];
}[] = [
  {
    employer: 'dc',
    title: 'Orderpicker',
    occupationCode: '9333',
    hours: 36,
    tasks: [
      { name: 'Orders verzamelen met de scanner', share: 55, demands: [o('IV.17', 0), o('IV.13', 1), c('I.8', 4, 5)] },
      { name: 'Rolcontainers wegzetten', share: 25, demands: [o('IV.12', 0)] },
      { name: 'Retouren controleren en terugboeken', share: 20, carvable: true, demands: [o('V.2', 1), o('IV.4', 1)] },
    ],
  },
  {
    employer: 'dc',
    title: 'Medewerker expeditie',
    occupationCode: '9333',
    hours: 32,
    tasks: [
      { name: 'Vrachtwagens laden', share: 60, demands: [o('IV.13', 0), o('IV.12', 0)] },
      { name: 'Vrachtpapieren en labels printen', share: 25, carvable: true, demands: [o('IV.4', 1), c('I.8', 4)] },
      { name: 'Verpakkingsmateriaal aanvullen', share: 15, carvable: true, demands: [o('IV.13', 2)] },
    ],
  },
  {
    employer: 'care',
    title: 'Verzorgende IG',
    occupationCode: '5321',
    hours: 32,
    tasks: [
      { name: 'Zorg bij bewoners', share: 70, demands: [o('IV.13', 1), o('IV.9', 1)] },
      { name: 'Bedden opmaken', share: 10, carvable: true, demands: [o('IV.13', 1), o('IV.10', 1)] },
      { name: 'Maaltijden rondbrengen', share: 10, carvable: true, demands: [o('IV.17', 0)] },
      { name: 'Was wegbrengen', share: 10, carvable: true, demands: [o('IV.12', 1)] },
    ],
  },
];

const PURPOSES = ['learnBusiness', 'discussCandidate', 'followUp', 'jobSupport'] as const;
const KINDS = ['visit', 'visit', 'phone', 'event', 'email', 'visit'] as const;
const OUTCOMES = [
  'Rondleiding gehad; er is werk dat in losse taken past.',
  'Kandidaat besproken; werkgever wil kennismaken.',
  'Afspraak over een proefplaatsing van twee weken.',
  'Werkgever tevreden over de nieuwe medewerker; jobcoach blijft wekelijks langskomen.',
  'Gesproken over loonkostensubsidie en de no-riskpolis.',
  'Werkgever denkt na over een extra plek na de zomer.',
];
const NEXT_STEPS = ['Kandidaat voorstellen', 'Terugbellen over de proefplaatsing', 'Langsgaan met de kandidaat', null];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const taskRows = (tasks: readonly DemoTask[]): data.TaskFields[] =>
  tasks.map((t) => ({
    id: null,
    name: t.name,
    sharePercent: t.share,
    carvable: t.carvable ?? false,
    demands: t.demands,
  }));

/** Seeds the employer demo in the caller's transaction. */
export async function seedDemoEmployers(q: Queryable, cast: EmployerDemoCast): Promise<void> {
  const rand = prng(17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const today = todayInNl();
  const holders: Record<HolderKey, { organisationId: string; userId: string | null }> = {
    sw: { organisationId: cast.organisations.sw, userId: cast.adviser },
    gemeente: { organisationId: cast.organisations.gemeente, userId: null },
    uwv: { organisationId: cast.organisations.uwv, userId: null },
  };
  const ids = new Map<string, { id: string; locationId: string; contactIds: string[] }>();
  for (const e of DEMO_EMPLOYERS) {
    const holder = holders[e.holder];
    const id = await data.insertEmployer(q, {
      regionCode: 'AM13',
      name: e.name,
      kvkNumber: e.kvk,
      sbiCode: e.sbi,
      sizeClass: e.size,
      website: null,
      description: e.description,
      banenafspraakJobs: e.banenafspraak,
      accommodations: e.accommodations,
      accountHolderOrganisationId: holder.organisationId,
      accountHolderUserId: holder.userId,
      organisationId: e.organisation ? cast.organisations[e.organisation] : null,
      createdBy: holder.userId,
    });
    await data.insertEvent(q, {
      employerId: id,
      userId: holder.userId,
      organisationId: holder.organisationId,
      kind: 'created',
    });
    const locationId = await data.insertLocation(q, id, { ...e.location, isMain: true });
    const contactIds: string[] = [];
    for (const [i, person] of e.contacts.entries()) {
      const slug = e.name
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '');
      contactIds.push(
        await data.insertContact(q, id, {
          name: person.name,
          role: person.role,
          phone: person.phone,
          email: `${person.name.split(' ')[0]!.toLowerCase()}@${slug}.demo`,
          isPrimary: i === 0,
        }),
      );
    }
    // Jobs of participants at this employer (the demo participants' job episodes name it) count as placements.
    await data.linkJobEpisodesByName(q, id, e.name);
    ids.set(e.key, { id, locationId, contactIds });
  }

  for (const v of DEMO_VACANCIES) {
    const e = ids.get(v.employer)!;
    const openedOn = addDays(today, -v.openedDaysAgo);
    const vacancyId = await data.insertVacancy(q, e.id, {
      locationId: e.locationId,
      title: v.title,
      occupationCode: v.occupationCode,
      description: null,
      hoursMin: v.hours[0],
      hoursMax: v.hours[1],
      hoursPerDay: v.hoursPerDay ?? null,
      days: v.days,
      evenings: v.evenings ?? false,
      nights: v.nights ?? false,
      contractType: v.contractType,
      wageForm: v.wageForm,
      startDate: null,
      diploma: v.requirements?.diploma ?? null,
      certificates: v.requirements?.certificates ?? [],
      drivingLicence: v.requirements?.drivingLicence ?? null,
      languageLevel: v.requirements?.languageLevel ?? null,
      accommodations: DEMO_EMPLOYERS.find((x) => x.key === v.employer)!.accommodations,
      forBanenafspraak: v.banenafspraak ?? false,
      openedOn,
      createdBy: cast.adviser,
    });
    await data.replaceTasks(q, 'vacancy_tasks', vacancyId, taskRows(v.tasks));
    if (v.status) {
      await data.setVacancyStatus(q, vacancyId, v.status, addDays(openedOn, Math.min(v.openedDaysAgo, 21)));
    }
    await data.insertEvent(q, {
      employerId: e.id,
      userId: cast.adviser,
      organisationId: cast.organisations.sw,
      kind: 'vacancyCreated',
      subjectId: vacancyId,
    });
  }

  // Existing jobs, and one carved job from tasks of the DC's two jobs, turned into a vacancy.
  const jobs: { employer: string; job: MatchingJob }[] = [];
  for (const j of DEMO_JOBS) {
    const e = ids.get(j.employer)!;
    const jobId = await data.insertJob(q, e.id, {
      title: j.title,
      occupationCode: j.occupationCode,
      locationId: e.locationId,
      description: null,
      hoursPerWeek: j.hours,
      createdBy: cast.adviser,
    });
    await data.replaceTasks(q, 'employer_job_tasks', jobId, taskRows(j.tasks));
    const stored = await data.listTasks(q, 'employer_job_tasks', [jobId]);
    jobs.push({
      employer: j.employer,
      job: {
        id: jobId,
        title: j.title,
        hoursPerWeek: j.hours,
        tasks: stored.map((t) => ({
          id: t.id,
          name: t.name,
          sharePercent: Number(t.sharePercent),
          carvable: t.carvable,
          demands: t.demands,
        })),
      },
    });
  }
  const dc = ids.get('dc')!;
  const parts = jobs
    .filter((x) => x.employer === 'dc')
    .map((x) => ({ job: x.job, taskIds: x.job.tasks.filter((t) => t.carvable).map((t) => t.id) }));
  const assembled = assembleJob('Medewerker retourverwerking', parts);
  if (!assembled.ok) {
    throw new Error(`demo carving failed: ${JSON.stringify(assembled.errors)}`);
  }
  const carved = assembled.value;
  const carvedId = await data.insertCarved(q, {
    employerId: dc.id,
    title: carved.title,
    hoursPerWeek: carved.hoursPerWeek,
    combinedDemands: carved.combinedDemands,
    createdBy: cast.adviser,
    tasks: carved.tasks.map((t, i) => ({
      sourceJobId: carved.sources[i]!.jobId,
      sourceTaskId: carved.sources[i]!.taskId,
      name: t.name,
      hoursPerWeek: t.hoursPerWeek,
      sharePercent: Math.round(t.sharePercent * 100) / 100,
      demands: t.demands,
    })),
  });
  const carvedVacancy = await data.insertVacancy(q, dc.id, {
    locationId: dc.locationId,
    title: carved.title,
    occupationCode: '4321',
    description: 'Nieuwe functie, samengesteld uit taken van orderpickers en expeditie (jobcarving).',
    hoursMin: carved.hoursPerWeek,
    hoursMax: carved.hoursPerWeek,
    hoursPerDay: 5,
    days: ['mon', 'tue', 'thu', 'fri'],
    evenings: false,
    nights: false,
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    startDate: null,
    diploma: null,
    certificates: [],
    drivingLicence: null,
    languageLevel: null,
    accommodations: ['adjustedWorkstation', 'structuredWork'],
    forBanenafspraak: true,
    openedOn: addDays(today, -4),
    createdBy: cast.adviser,
  });
  await data.replaceTasks(
    q,
    'vacancy_tasks',
    carvedVacancy,
    carved.tasks.map((t) => ({
      id: null,
      name: t.name,
      sharePercent: Math.round(t.sharePercent * 100) / 100,
      carvable: false,
      demands: t.demands,
    })),
  );
  await data.setCarvedVacancy(q, carvedId, carvedVacancy);
  await data.insertEvent(q, {
    employerId: dc.id,
    userId: cast.adviser,
    organisationId: cast.organisations.sw,
    kind: 'carvedJobCreated',
    subjectId: carvedId,
  });

  // Contacts log over the last four months: job coaches and the adviser visit, phone and meet employers.
  const professionals = [
    ...cast.coaches.ggz.map((userId) => ({ userId, organisationId: cast.organisations.ggz })),
    ...cast.coaches.sw.map((userId) => ({ userId, organisationId: cast.organisations.sw })),
    { userId: cast.adviser, organisationId: cast.organisations.sw },
  ];
  const employers = [...ids.values()];
  for (let i = 0; i < 90; i++) {
    const who = pick(professionals);
    const e = pick(employers);
    const contactDate = addDays(today, -(7 + Math.floor(rand() * 113)));
    await data.insertLogEntry(q, {
      employerId: e.id,
      organisationId: who.organisationId,
      professionalUserId: who.userId,
      contactDate,
      kind: pick(KINDS),
      purpose: pick(PURPOSES),
      contactId: rand() < 0.7 ? (e.contactIds[0] ?? null) : null,
      outcome: pick(OUTCOMES),
      nextStep: pick(NEXT_STEPS),
      nextStepOn: null,
    });
  }
  // This week: the demo job coach has three face-to-face contacts and a phone call so far.
  const demoCoach = cast.coaches.ggz[0];
  if (demoCoach) {
    const monday = isoWeekOf(today).from;
    const thisWeek: [string, (typeof KINDS)[number], (typeof PURPOSES)[number]][] = [
      ['care', 'visit', 'discussCandidate'],
      ['dc', 'visit', 'learnBusiness'],
      ['koffie', 'phone', 'followUp'],
      ['groen', 'event', 'learnBusiness'],
    ];
    for (const [n, [key, kind, purpose]] of thisWeek.entries()) {
      const e = ids.get(key)!;
      const date = addDays(monday, Math.min(n, Math.max(0, (Date.parse(today) - Date.parse(monday)) / 86_400_000)));
      await data.insertLogEntry(q, {
        employerId: e.id,
        organisationId: cast.organisations.ggz,
        professionalUserId: demoCoach,
        contactDate: date,
        kind,
        purpose,
        contactId: e.contactIds[0] ?? null,
        outcome: pick(OUTCOMES),
        nextStep: 'Kandidaat voorstellen',
        nextStepOn: addDays(date, 7),
      });
    }
  }
}
