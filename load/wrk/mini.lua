-- wrk script: the mini-program query (mini.graphql) for a random person of the generated
-- population per request. LOAD_MIN_ID and LOAD_MAX_ID (set by load/run) bound the person ids.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local graphql = dofile(dir .. "graphql.lua")

local min_id = graphql.env_number("LOAD_MIN_ID")
local max_id = graphql.env_number("LOAD_MAX_ID")

graphql.install {
    name = "mini",
    document = "mini.graphql",
    variables = function()
        return '{"id":"' .. math.random(min_id, max_id) .. '"}'
    end,
    miss = '"person":null',
}
