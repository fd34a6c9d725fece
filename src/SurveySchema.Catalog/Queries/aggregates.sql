-- Aggregates in the covered schemas, extension members left out (PostGIS's ST_Union, ST_Extent, …), with
-- the pg_aggregate columns CREATE AGGREGATE sets: support functions as schema and name (PostgreSQL picks the
-- overload from the state and argument types), types as format_type spells them, the sort operator as
-- schema and name. A support function column is NULL when the aggregate has none.
select
    p.oid as "Oid",
    n.nspname as "Schema",
    p.proname as "Name",
    pg_get_function_identity_arguments(p.oid) as "IdentityArguments",
    pg_get_function_arguments(p.oid) as "Arguments",
    a.aggkind::text as "Kind",
    tn.nspname as "StateFunctionSchema",
    tp.proname as "StateFunctionName",
    format_type(a.aggtranstype, null) as "StateType",
    a.aggtransspace as "StateSpace",
    fn.nspname as "FinalFunctionSchema",
    fp.proname as "FinalFunctionName",
    a.aggfinalextra as "FinalExtra",
    a.aggfinalmodify::text as "FinalModify",
    cn.nspname as "CombineFunctionSchema",
    cp.proname as "CombineFunctionName",
    sn.nspname as "SerialFunctionSchema",
    sp.proname as "SerialFunctionName",
    dn.nspname as "DeserialFunctionSchema",
    dp.proname as "DeserialFunctionName",
    a.agginitval as "InitialCondition",
    mn.nspname as "MovingStateFunctionSchema",
    mp.proname as "MovingStateFunctionName",
    in_.nspname as "MovingInverseFunctionSchema",
    ip.proname as "MovingInverseFunctionName",
    case when a.aggmtranstype <> 0 then format_type(a.aggmtranstype, null) end as "MovingStateType",
    a.aggmtransspace as "MovingStateSpace",
    mfn.nspname as "MovingFinalFunctionSchema",
    mfp.proname as "MovingFinalFunctionName",
    a.aggmfinalextra as "MovingFinalExtra",
    a.aggmfinalmodify::text as "MovingFinalModify",
    a.aggminitval as "MovingInitialCondition",
    son.nspname as "SortOperatorSchema",
    so.oprname as "SortOperatorName",
    p.proparallel::text as "Parallel",
    d.description as "Comment"
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_aggregate a on a.aggfnoid = p.oid
join pg_proc tp on tp.oid = a.aggtransfn
join pg_namespace tn on tn.oid = tp.pronamespace
left join pg_proc fp on fp.oid = a.aggfinalfn
left join pg_namespace fn on fn.oid = fp.pronamespace
left join pg_proc cp on cp.oid = a.aggcombinefn
left join pg_namespace cn on cn.oid = cp.pronamespace
left join pg_proc sp on sp.oid = a.aggserialfn
left join pg_namespace sn on sn.oid = sp.pronamespace
left join pg_proc dp on dp.oid = a.aggdeserialfn
left join pg_namespace dn on dn.oid = dp.pronamespace
left join pg_proc mp on mp.oid = a.aggmtransfn
left join pg_namespace mn on mn.oid = mp.pronamespace
left join pg_proc ip on ip.oid = a.aggminvtransfn
left join pg_namespace in_ on in_.oid = ip.pronamespace
left join pg_proc mfp on mfp.oid = a.aggmfinalfn
left join pg_namespace mfn on mfn.oid = mfp.pronamespace
left join pg_operator so on so.oid = a.aggsortop
left join pg_namespace son on son.oid = so.oprnamespace
left join pg_description d
    on d.classoid = 'pg_proc'::regclass and d.objoid = p.oid and d.objsubid = 0
where p.pronamespace = any(@namespaces)
    and p.prokind = 'a'
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_proc'::regclass and e.objid = p.oid and e.deptype = 'e')
