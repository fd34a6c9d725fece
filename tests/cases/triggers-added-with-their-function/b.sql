CREATE TABLE public.staff (
    name text,
    pay integer,
    changed_at timestamp,
    changed_by text
);

CREATE FUNCTION public.staff_stamp() RETURNS trigger AS $stamp$
    BEGIN
        IF NEW.name IS NULL THEN
            RAISE EXCEPTION 'name cannot be null';
        END IF;
        IF NEW.pay < 0 THEN
            RAISE EXCEPTION '% cannot have a negative pay', NEW.name;
        END IF;
        NEW.changed_at := current_timestamp;
        NEW.changed_by := current_user;
        RETURN NEW;
    END;
$stamp$ LANGUAGE plpgsql;

CREATE TRIGGER staff_stamp BEFORE UPDATE ON public.staff
    FOR EACH ROW EXECUTE PROCEDURE public.staff_stamp();

CREATE TRIGGER staff_stamp_insert BEFORE INSERT OR UPDATE ON public.staff
    FOR EACH ROW EXECUTE FUNCTION public.staff_stamp();
