namespace Intake.Local.SampleData;

/// <summary>
/// The fake SQLite sources of the sample controllers. Names, addresses and numbers are made up;
/// mail addresses are under example.com/.org; identity codes use individual numbers 900–999, which
/// are never given to real people.
/// </summary>
internal static class SampleSql
{
    public const string ClericaCrm = """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, customer_number TEXT, name TEXT NOT NULL, email TEXT, phone TEXT,
            company TEXT, title TEXT, industry TEXT, created_at TEXT NOT NULL,
            marketing_allowed INTEGER NOT NULL DEFAULT 1, profiling_allowed INTEGER NOT NULL DEFAULT 1,
            processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO customers (customer_number, name, email, phone, company, title, industry, created_at) VALUES
            ('C-1001', 'Maija Meikäläinen', 'maija.meikalainen@example.com', '+358 40 000 0101', 'Esimerkki Oy', 'Talousjohtaja', 'Rakentaminen', '2021-03-04'),
            ('C-1002', 'Matti Virtanen', 'matti.virtanen@example.com', '+358 40 000 0102', 'Testitalo Oy', 'Toimitusjohtaja', 'Kauppa', '2022-08-19'),
            ('C-1003', 'Liisa Korhonen', 'liisa.korhonen@example.com', '+358 40 000 0103', 'Esimerkki Oy', 'Kirjanpitäjä', 'Rakentaminen', '2023-01-11'),
            ('C-1004', 'Anna Andersson', 'anna.andersson@example.org', '+358 40 000 0104', 'Exempel Ab', 'VD', 'Handel', '2024-05-30');
        CREATE TABLE correspondence (
            id INTEGER PRIMARY KEY, customer_email TEXT NOT NULL, sent_at TEXT NOT NULL, subject TEXT, message TEXT,
            other_person TEXT, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO correspondence (customer_email, sent_at, subject, message, other_person) VALUES
            ('maija.meikalainen@example.com', '2025-09-02', 'Tarjouspyyntö', 'Pyydämme tarjousta palkanlaskennasta <alkaen lokakuusta> & tilinpäätöksestä.', 'Liisa Korhonen'),
            ('maija.meikalainen@example.com', '2026-01-15', 'Sopimuksen jatko', 'Jatketaan sopimusta, "kiitos" hyvästä palvelusta.', NULL),
            ('matti.virtanen@example.com', '2025-11-30', 'Lasku', 'Laskussa on virhe.', 'Maija Meikäläinen');
        """;

    public const string ClericaPayroll = """
        CREATE TABLE payroll_records (
            id INTEGER PRIMARY KEY, client_company TEXT NOT NULL, name TEXT NOT NULL, email TEXT, phone TEXT, address TEXT,
            personal_identity_code TEXT, tax_rate_percent REAL, bank_account TEXT, gross_salary_eur REAL,
            enforcement_deduction_eur REAL, pay_date TEXT NOT NULL, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO payroll_records (client_company, name, email, phone, address, personal_identity_code, tax_rate_percent, bank_account, gross_salary_eur, enforcement_deduction_eur, pay_date) VALUES
            ('Esimerkki Oy', 'Maija Meikäläinen', 'maija.meikalainen@example.com', '+358 40 000 0101', 'Esimerkkikatu 1 A 2, 00100 Helsinki', '010180-9026', 21.5, 'FI21 1234 5600 0007 85', 4200.00, NULL, '2026-05-31'),
            ('Esimerkki Oy', 'Maija Meikäläinen', 'maija.meikalainen@example.com', '+358 40 000 0101', 'Esimerkkikatu 1 A 2, 00100 Helsinki', '010180-9026', 21.5, 'FI21 1234 5600 0007 85', 4200.00, NULL, '2018-12-31'),
            ('Testitalo Oy', 'Matti Virtanen', 'matti.virtanen@example.com', '+358 40 000 0102', 'Koekuja 3, 20100 Turku', '020275-9917', 30.0, 'FI21 1234 5600 0007 85', 5100.00, 350.00, '2026-05-31');
        """;

    public const string ClewerShop = """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, customer_number TEXT, name TEXT NOT NULL, email TEXT, phone TEXT,
            street_address TEXT, postal_code TEXT, city TEXT, created_at TEXT NOT NULL, marketing_segment TEXT,
            marketing_allowed INTEGER NOT NULL DEFAULT 1, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO customers (customer_number, name, email, phone, street_address, postal_code, city, created_at, marketing_segment) VALUES
            ('C-1001', 'Maija Meikäläinen', 'maija.meikalainen@example.com', '+358 40 000 0101', 'Esimerkkikatu 1 A 2', '00100', 'Helsinki', '2017-02-20', 'urban-family'),
            ('C-2002', 'Matti Virtanen', 'matti.virtanen@example.com', '+358 40 000 0102', 'Koekuja 3', '20100', 'Turku', '2020-06-01', 'outdoor'),
            ('C-2003', 'Liisa Korhonen', 'liisa.korhonen@example.com', '+358 40 000 0103', 'Mallitie 7', '33100', 'Tampere', '2021-10-10', NULL);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, order_number TEXT NOT NULL, customer_number TEXT, customer_email TEXT,
            ordered_at TEXT NOT NULL, products TEXT, total_eur REAL, payment_method TEXT,
            delivery_name TEXT, delivery_address TEXT, gift_recipient TEXT, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO orders (order_number, customer_number, customer_email, ordered_at, products, total_eur, payment_method, delivery_name, delivery_address, gift_recipient) VALUES
            ('W-2017-0042', 'C-1001', 'maija.meikalainen@example.com', '2017-03-10', 'Ilmalämpöpumpun suodatin', 39.90, 'card', 'Maija Meikäläinen', 'Esimerkkikatu 1 A 2, 00100 Helsinki', NULL),
            ('W-2025-1187', 'C-1001', 'maija.meikalainen@example.com', '2025-11-20', 'Lämpöpumppu, asennus', 1890.00, 'invoice', 'Maija Meikäläinen', 'Esimerkkikatu 1 A 2, 00100 Helsinki', NULL),
            ('W-2026-0311', 'C-1001', 'maija.meikalainen@example.com', '2026-02-14', 'Lahjakortti', 100.00, 'card', 'Maija Meikäläinen', 'Esimerkkikatu 1 A 2, 00100 Helsinki', 'Matti Meikäläinen'),
            ('W-2026-0400', 'C-2002', 'matti.virtanen@example.com', '2026-03-01', 'Huoltosopimus', 240.00, 'card', 'Matti Virtanen', 'Koekuja 3, 20100 Turku', NULL);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY, email TEXT NOT NULL, given_at TEXT NOT NULL, message TEXT,
            compensation_paid INTEGER NOT NULL DEFAULT 0, legal_hold INTEGER NOT NULL DEFAULT 0,
            handled_by TEXT, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO feedback (email, given_at, message, compensation_paid, legal_hold, handled_by) VALUES
            ('maija.meikalainen@example.com', '2026-04-02', 'Asentaja oli erittäin ammattitaitoinen.', 0, 0, 'Asiakaspalvelija Pekka'),
            ('liisa.korhonen@example.com', '2026-01-20', 'Laite hajosi viikossa; pyydän hyvitystä.', 1, 0, 'Asiakaspalvelija Pekka'),
            ('matti.virtanen@example.com', '2025-12-01', 'Vesivahinko asennuksen jälkeen.', 1, 1, 'Lakimies Sari');
        """;

    public const string ClewerService = """
        CREATE TABLE monitored_devices (
            id INTEGER PRIMARY KEY, owner_name TEXT NOT NULL, owner_email TEXT, owner_phone TEXT, site_address TEXT,
            device_serial TEXT NOT NULL, installed_at TEXT NOT NULL, contract_in_force INTEGER NOT NULL,
            last_reading_at TEXT, processing_restricted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO monitored_devices (owner_name, owner_email, owner_phone, site_address, device_serial, installed_at, contract_in_force, last_reading_at) VALUES
            ('Maija Meikäläinen', 'maija.meikalainen@example.com', '+358 40 000 0101', 'Kesämökkitie 5, 41800 Korpilahti', 'CLW-HP-000123', '2019-05-12', 0, '2024-09-30T08:00:00'),
            ('Liisa Korhonen', 'liisa.korhonen@example.com', '+358 40 000 0103', 'Mallitie 7, 33100 Tampere', 'CLW-HP-000456', '2022-04-01', 1, '2026-06-14T23:00:00');
        """;
}
