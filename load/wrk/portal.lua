-- wrk script: the portal list (portal.graphql), 50 persons of a region per request. Thread 1 pages
-- through ningbo, thread 2 through huaihua (and so on): each response's endCursor is queued and the
-- next request of the thread continues from the oldest queued cursor, so every connection walks the
-- pages of its region; a walk that reaches the last page starts again at the first.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local graphql = dofile(dir .. "graphql.lua")

local regions = { "ningbo", "huaihua" }
local region
local cursors = {}   -- FIFO of endCursors; at most one per connection

graphql.install {
    name = "portal",
    document = "portal.graphql",
    init = function(tid)
        region = regions[(tid - 1) % #regions + 1]
    end,
    variables = function()
        local after = table.remove(cursors, 1)
        return '{"region":"' .. region .. '","after":' .. (after and ('"' .. after .. '"') or "null") .. "}"
    end,
    miss = '"edges":[]',
    on_response = function(status, body)
        if status == 200 and body:find('"hasNextPage":true', 1, true) then
            local cursor = body:match('"endCursor":"([^"]*)"')
            if cursor then
                table.insert(cursors, cursor)
            end
        end
    end,
}
