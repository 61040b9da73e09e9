-- wrk script: the policyYear query (policy-year.graphql) for one of the published policy years per
-- request. It needs no generated population: a baseline of the GraphQL stack without the database.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local graphql = dofile(dir .. "graphql.lua")

local years = {
    '{"region":"ningbo","year":2025,"scheme":"RESIDENT"}',
    '{"region":"ningbo","year":2026,"scheme":"RESIDENT"}',
    '{"region":"huaihua","year":2026,"scheme":"RESIDENT"}',
    '{"region":"ningbo","year":2023,"scheme":"EMPLOYEE"}',
}

graphql.install {
    name = "policy-year",
    document = "policy-year.graphql",
    variables = function()
        return years[math.random(#years)]
    end,
    miss = '"policyYear":null',
}
