-- wrk script: the mini-program query (mini.graphql) as the mini-program sends it, a citizen reading
-- itself: each request is one of the citizens of LOAD_CITIZEN_TOKENS (a file of "personId token"
-- lines, minted by load/run for persons drawn from the generated population) with that citizen's
-- own token. A citizen's read of itself leaves no audit record (unlike `mini`, an officer's reads).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local graphql = dofile(dir .. "graphql.lua")

local citizens = {}
local next_citizen

graphql.install {
    name = "mini-citizen",
    document = "mini.graphql",
    init = function(tid)
        local file = assert(os.getenv("LOAD_CITIZEN_TOKENS"), "LOAD_CITIZEN_TOKENS is not set")
        for line in io.lines(file) do
            local id, token = line:match("^(%d+) (%S+)$")
            if id then
                table.insert(citizens, { id = id, token = token })
            end
        end
        assert(#citizens > 0, file .. " holds no citizen tokens")
    end,
    variables = function()
        next_citizen = citizens[math.random(#citizens)]
        return '{"id":"' .. next_citizen.id .. '"}'
    end,
    token = function()
        return next_citizen.token
    end,
    miss = '"person":null',
}
