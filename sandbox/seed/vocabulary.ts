import type { SeedLanguage } from './types';

/** Regional flavour for companies and people, by the language their reps write in. */
export interface Region {
  language: SeedLanguage;
  countries: readonly string[];
  cities: readonly string[];
  legalForms: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
  tld: string;
}

export const REGIONS: Readonly<Record<SeedLanguage, Region>> = {
  en: {
    language: 'en', countries: ['United States', 'United Kingdom', 'Ireland', 'Canada', 'Australia'],
    cities: ['Boston', 'Leeds', 'Denver', 'Dublin', 'Toronto', 'Austin', 'Manchester', 'Perth', 'Raleigh', 'Glasgow'],
    legalForms: ['Inc.', 'Ltd', 'LLC', 'Group', 'Co.'],
    firstNames: ['Megan', 'Tom', 'Priya', 'Jordan', 'Ethan', 'Chloe', 'Marcus', 'Hannah', 'Owen', 'Grace', 'Liam', 'Zoe'],
    lastNames: ['Walsh', 'Carter', 'Nguyen', 'Patel', 'Brooks', 'Hughes', 'Reid', 'Foster', 'Kelly', 'Murray', 'Bennett', 'Shaw'],
    tld: 'com',
  },
  de: {
    language: 'de', countries: ['Germany', 'Austria', 'Switzerland'],
    cities: ['Stuttgart', 'Köln', 'Leipzig', 'Graz', 'Zürich', 'Bremen', 'Nürnberg', 'Linz', 'Basel', 'Hannover'],
    legalForms: ['GmbH', 'AG', 'GmbH & Co. KG', 'KG', 'SE'],
    firstNames: ['Jonas', 'Katrin', 'Lukas', 'Sabine', 'Florian', 'Anja', 'Matthias', 'Julia', 'Tobias', 'Miriam', 'Stefan', 'Lena'],
    lastNames: ['Becker', 'Hoffmann', 'Schulz', 'Wagner', 'Keller', 'Brandt', 'Vogel', 'Lorenz', 'Kaiser', 'Huber', 'Maier', 'Roth'],
    tld: 'de',
  },
  fr: {
    language: 'fr', countries: ['France', 'Belgium', 'Switzerland', 'Canada'],
    cities: ['Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Liège', 'Grenoble', 'Montréal', 'Rennes', 'Toulouse', 'Genève'],
    legalForms: ['SAS', 'SA', 'SARL', 'Groupe'],
    firstNames: ['Camille', 'Julien', 'Élodie', 'Thomas', 'Manon', 'Nicolas', 'Sophie', 'Antoine', 'Claire', 'Mathieu', 'Inès', 'Hugo'],
    lastNames: ['Martin', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Bonnet', 'Mercier', 'Lambert', 'Faure', 'Chevalier'],
    tld: 'fr',
  },
  es: {
    language: 'es', countries: ['Spain', 'Mexico', 'Colombia', 'Chile', 'Argentina'],
    cities: ['Valencia', 'Bilbao', 'Sevilla', 'Monterrey', 'Bogotá', 'Santiago', 'Córdoba', 'Zaragoza', 'Guadalajara', 'Medellín'],
    legalForms: ['S.L.', 'S.A.', 'S.A. de C.V.', 'SpA'],
    firstNames: ['Lucía', 'Javier', 'Marta', 'Diego', 'Carmen', 'Andrés', 'Paula', 'Sergio', 'Elena', 'Pablo', 'Valeria', 'Raúl'],
    lastNames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Castillo', 'Ortega', 'Vega'],
    tld: 'es',
  },
  pt: {
    language: 'pt', countries: ['Brazil', 'Portugal'],
    cities: ['São Paulo', 'Porto', 'Curitiba', 'Lisboa', 'Recife', 'Belo Horizonte', 'Braga', 'Campinas', 'Fortaleza', 'Coimbra'],
    legalForms: ['Ltda.', 'S.A.', 'Lda.', 'ME'],
    firstNames: ['João', 'Mariana', 'Pedro', 'Beatriz', 'Rafael', 'Ana', 'Gustavo', 'Larissa', 'Tiago', 'Camila', 'Bruno', 'Inês'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira', 'Rodrigues', 'Carvalho', 'Gomes', 'Ribeiro'],
    tld: 'com.br',
  },
};

/** Word parts for invented company names (no real companies). */
export const NAME_PARTS = {
  first: ['Nord', 'Blue', 'Vertex', 'Alto', 'Iron', 'Quanta', 'Luma', 'Cedar', 'Orbi', 'Terra', 'Nova', 'Brix', 'Helio', 'Kobalt', 'Pinea',
    'Sol', 'Riva', 'Zen', 'Atlas', 'Mosa', 'Fjord', 'Delta', 'Opti', 'Strato', 'Velo', 'Arca', 'Borea', 'Cima', 'Duna', 'Ember'],
  second: ['tek', 'works', 'line', 'logix', 'form', 'flow', 'gate', 'point', 'data', 'mech', 'pack', 'med', 'chem', 'trans', 'grid',
    'bau', 'vision', 'source', 'craft', 'port', 'labs', 'scale', 'metrics', 'wave', 'stone'],
} as const;

/** Invented competitors that win deals from us. */
export const COMPETITORS = ['Cobaltix', 'Veritrade', 'Northwind Systems', 'Pricewell', 'Orangeline', 'Stackbay', 'Quorra', 'Lindqvist Software', 'Maxicom', 'Brightpath'] as const;

/** What we sell (for deal names and notes). */
export const PRODUCTS = ['Fleet Tracking Suite', 'Maintenance Cloud', 'Inventory Pro', 'Field Service App', 'Analytics add-on', 'Support Premium', 'Scanner licences'] as const;

/** Internal owners (sales reps) of seeded portals. */
export const REP_NAMES: readonly [string, string][] = [
  ['Dana', 'Whitfield'], ['Felix', 'Morgenstern'], ['Aurélie', 'Blanc'], ['Rodrigo', 'Paz'], ['Carla', 'Menezes'], ['Ben', 'Okafor'],
  ['Ines', 'Hartmann'], ['Luca', 'Ferri'], ['Noor', 'Haddad'], ['Sven', 'Larsen'], ['Maya', 'Cohen'], ['Kenji', 'Watanabe'],
];
