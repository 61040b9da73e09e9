-- Shared by the wrk scripts of load/run: POSTs a GraphQL document (a .graphql file beside this one)
-- as JSON to /graphql, checks every response (HTTP 200, no "errors", the expected data not null)
-- unless LOAD_CHECK=0, and prints one machine-readable RESULT line when wrk is done.
--
-- A scenario script calls graphql.install{ name = ..., document = "x.graphql", variables = fn,
-- miss = '"person":null', on_response = fn(body), token = fn }, where variables() returns the JSON
-- text of the variables of the next request and the optional token() the bearer token to send with
-- it (called after variables()).

local M = {}

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"

local function read_document(file)
    local f = assert(io.open(dir .. file, "r"), "cannot read " .. dir .. file)
    local text = f:read("*a")
    f:close()
    -- One line; the documents hold no quotes or backslashes, so they need no further JSON escaping.
    assert(not text:find('["\\]'), file .. " must not contain quotes or backslashes")
    return (text:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

function M.env_number(name, default)
    local v = os.getenv(name)
    if v == nil or v == "" then
        if default == nil then
            error(name .. " is not set")
        end
        return default
    end
    return assert(tonumber(v), name .. " must be a number")
end

function M.install(s)
    local prefix = '{"query":"' .. read_document(s.document) .. '","variables":'

    wrk.method = "POST"
    wrk.path = os.getenv("LOAD_GRAPHQL_PATH") or "/graphql"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json"
    -- load/run mints an officer token (bin/token) per wrk run
    local run_token = os.getenv("YIBAO_LOAD_TOKEN")
    if run_token and run_token ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. run_token
    else
        assert(s.token, "YIBAO_LOAD_TOKEN is not set")
    end

    local threads = {}

    -- main Lua state: one call per thread before it starts
    function setup(thread)
        thread:set("tid", #threads + 1)
        table.insert(threads, thread)
    end

    -- each thread's Lua state
    function init(args)
        math.randomseed(os.time() * 1000 + tid * 7919)
        failures = 0
        misses = 0
        first_failure = ""
        if s.init then
            s.init(tid)
        end
    end

    -- A scenario may send its own bearer token per request: s.token() returns it (or nil for the
    -- run's token). Only the Authorization header differs from wrk.headers.
    local own_headers = {}
    function request()
        local body = prefix .. s.variables() .. "}"
        local token = s.token and s.token()
        if token == nil then
            return wrk.format(nil, nil, nil, body)
        end
        for k, v in pairs(wrk.headers) do
            own_headers[k] = v
        end
        own_headers["Authorization"] = "Bearer " .. token
        return wrk.format(nil, nil, own_headers, body)
    end

    local checking = os.getenv("LOAD_CHECK") ~= "0"
    -- wrk reads and hands over the body only when a response function exists (the portal needs it
    -- for its cursors even when LOAD_CHECK=0).
    if checking or s.on_response then
        function response(status, headers, body)
            if checking then
                if status ~= 200 or body:find('"errors"', 1, true) then
                    failures = failures + 1
                    if first_failure == "" then
                        first_failure = "HTTP " .. status .. ": " .. body:sub(1, 400)
                    end
                elseif s.miss and body:find(s.miss, 1, true) then
                    misses = misses + 1
                end
            end
            if s.on_response then
                s.on_response(status, body)
            end
        end
    end

    -- main Lua state, after the run
    function done(summary, latency, requests)
        local failed, missed, first = 0, 0, ""
        for _, t in ipairs(threads) do
            failed = failed + (t:get("failures") or 0)
            missed = missed + (t:get("misses") or 0)
            if first == "" then
                first = t:get("first_failure") or ""
            end
        end
        local e = summary.errors
        local ms = function(us) return us / 1000.0 end
        io.write(string.format(
            "RESULT scenario=%s requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
                .. " socket_errors=%d non2xx=%d failed=%d missed=%d checked=%s\n",
            s.name, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
            ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max),
            e.connect + e.read + e.write + e.timeout, e.status, failed, missed,
            os.getenv("LOAD_CHECK") ~= "0" and "yes" or "no"))
        if first ~= "" then
            io.write("FIRST_FAILURE " .. first:gsub("\n", " ") .. "\n")
        end
    end
end

return M
