"""drafter.panel.chat, keys and prompts through the real ChatOpenAI client against the loopback server."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from pydantic import BaseModel, Field

from drafter import prompts
from drafter.errors import InputError
from drafter.panel import chat, endpoints, keys
from drafter.panel.config import ModelSpec
from drafter.panel.tokens import UsageLedger
from tests.openai_server import OpenAIStub, Reply, hash_key

FAKE_KEY = "sk-drafter-FAKE-7f3a9c1e5b2d"  # distinctive: tests assert it never leaks
KEY_VAR = "DRAFTER_TEST_KEY"
T = TypeVar("T")


class Verdict(BaseModel):
    stance: str = Field(description="affirm or deny")
    reason: str = Field(description="one sentence")


@pytest.fixture
def server() -> Iterator[OpenAIStub]:
    with OpenAIStub() as stub:
        yield stub


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    monkeypatch.setattr(keys, "_loaded", {Path("/nonexistent/.env")})  # no developer .env in tests
    monkeypatch.setattr(keys, "_scanned", set())
    monkeypatch.setattr(chat, "_NO_JSON_SCHEMA", set())


def make_spec(server: OpenAIStub, **over: Any) -> ModelSpec:
    data: dict[str, Any] = {"key": "grok", "label": "Grok", "provider": "openai", "model": "grok-4",
                            "base_url": server.base_url, "api_key_env": KEY_VAR, "timeout_s": 2.0,
                            "max_retries": 2}
    return ModelSpec(**{**data, **over})


def run(fn: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    """Run `fn(client)` in a fresh loop with an HTTP client made inside it (no "Event loop is closed")."""

    async def main() -> T:
        async with httpx.AsyncClient() as client:
            return await fn(client)

    return asyncio.run(main())


def test_plain_call_sends_the_key_and_returns_usage(server: OpenAIStub) -> None:
    server.script("grok-4", ["Yes, it would."])
    spec = make_spec(server)
    reply = run(lambda c: chat.build_chat_model(spec, http_async_client=c).ainvoke([("user", "Would it?")]))
    assert reply.text == "Yes, it would."
    assert reply.usage_metadata and reply.usage_metadata["output_tokens"] > 0
    (call,) = server.calls
    assert call.sent_key(FAKE_KEY) and call.headers["authorization"] == "REDACTED"
    assert call.messages == [{"role": "user", "content": "Would it?"}]


def test_streaming_call_asks_for_usage(server: OpenAIStub) -> None:
    server.script("grok-4", ["A streamed answer in several pieces."])
    spec = make_spec(server)
    model = None

    async def go(client: httpx.AsyncClient) -> Any:
        nonlocal model
        model = chat.build_chat_model(spec, http_async_client=client, streaming=True)
        return await model.ainvoke("q")

    reply = run(go)
    assert reply.text == "A streamed answer in several pieces."
    assert reply.usage_metadata and reply.usage_metadata["input_tokens"] > 0
    assert server.calls[0].stream and server.calls[0].body["stream_options"] == {"include_usage": True}


def test_structured_json_schema(server: OpenAIStub) -> None:
    server.script("grok-4", [{"stance": "affirm", "reason": "Because."}])
    ledger = UsageLedger()
    out = run(lambda c: chat.call_structured(make_spec(server), Verdict, [("user", "?")], http_async_client=c,
                                             ledger=ledger, role="analyst"))
    assert out == Verdict(stance="affirm", reason="Because.")
    assert server.calls[0].body["response_format"]["type"] == "json_schema"
    assert ledger.to_data()[0]["role"] == "analyst" and ledger.to_data()[0]["calls"] == 1


def test_structured_function_calling(server: OpenAIStub) -> None:
    server.script("grok-4", [{"stance": "deny", "reason": "No."}])
    spec = make_spec(server, structured_method="function_calling")
    out = run(lambda c: chat.call_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert out.stance == "deny"
    body = server.calls[0].body
    assert "response_format" not in body and body["tools"][0]["function"]["name"] == "Verdict"


def test_json_schema_rejected_falls_back_to_function_calling(server: OpenAIStub) -> None:
    server.script("grok-4", handler=lambda model, messages: {"stance": "affirm", "reason": "r"},
                  reject_json_schema=True)
    spec = make_spec(server)

    async def twice(client: httpx.AsyncClient) -> list[Verdict]:
        return [await chat.call_structured(spec, Verdict, [("user", "?")], http_async_client=client)
                for _ in range(2)]

    assert [v.stance for v in run(twice)] == ["affirm", "affirm"]
    statuses = [(c.status, "tools" in c.body) for c in server.calls]
    # rejected once, then function_calling — and the second question goes straight to it
    assert statuses == [(400, False), (200, True), (200, True)]


def test_garbage_json_is_a_clear_error(server: OpenAIStub) -> None:
    server.script("grok-4", [Reply.garbage(), Reply.garbage(), Reply.garbage()])
    with pytest.raises(chat.CallFailed, match="not a valid Verdict") as info:
        run(lambda c: chat.call_structured(make_spec(server), Verdict, [("user", "?")], http_async_client=c))
    assert FAKE_KEY not in str(info.value) and info.value.calls == 3
    formats = [("tools" in c.body, (c.body.get("response_format") or {}).get("type")) for c in server.calls]
    # json_schema, then function_calling, then json_mode with the schema in the prompt
    assert formats == [(False, "json_schema"), (True, None), (False, "json_object")]
    assert "follows this JSON schema" in server.calls[2].messages[-1]["content"]


@pytest.mark.parametrize("reply", [
    '```json\n{"stance": "affirm", "reason": "r"}\n```',
    'Here is my reading: {"stance": "affirm", "reason": "r"} Hope this helps!',
    'Sure.\n```\n{"stance": "affirm", "reason": "r"}\n```\nAnything else?',
])
@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_json_in_a_fence_or_prose_is_read_in_one_call(server: OpenAIStub, reply: str, method: str) -> None:
    server.script("grok-4", [Reply(raw=reply)])
    spec = make_spec(server, structured_method=method)
    got = run(lambda c: chat.ask_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert got.value == Verdict(stance="affirm", reason="r") and got.calls == 1 and len(server.calls) == 1
    if reply.startswith("Here"):  # LangChain reads a bare fence itself; prose needs drafter's reading
        assert any("read out of text" in n for n in got.notes)


def test_json_in_text_finds_the_object_or_nothing() -> None:
    assert chat.json_in_text('text {"a": {"b": [1, 2]}} more {"c": 3}') == {"a": {"b": [1, 2]}}
    assert chat.json_in_text("no json here, only {braces} and [1, 2]") is None
    assert chat.json_in_text('```json\n{"a": 1}\n```') == {"a": 1}


def test_a_rejected_json_schema_is_remembered_across_runs(server: OpenAIStub) -> None:
    server.script("grok-4", handler=lambda model, messages: {"stance": "affirm", "reason": "r"},
                  reject_json_schema=True)
    spec = make_spec(server)
    first = run(lambda c: chat.ask_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert first.method == "function_calling" and first.calls == 2 and "HTTP 400" in first.notes[0]
    chat._NO_JSON_SCHEMA.clear()  # a new process: only the cache file remembers
    second = run(lambda c: chat.ask_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert second.method == "function_calling" and second.calls == 1 and second.notes == []
    assert [c.status for c in server.calls] == [400, 200, 200]
    assert FAKE_KEY not in endpoints.cache_file().read_text(encoding="utf-8")


def test_parallel_callers_wait_for_one_probe_of_an_unknown_endpoint(server: OpenAIStub) -> None:
    # The graph analyses each question in its own node: five asks in parallel, one 400 between them.
    server.script("grok-4", handler=lambda model, messages: {"stance": "affirm", "reason": "r"},
                  reject_json_schema=True, latency=0.05)
    spec = make_spec(server)

    async def five(c: httpx.AsyncClient) -> list[chat.StructuredReply[Verdict]]:
        return list(await asyncio.gather(*(chat.ask_structured(spec, Verdict, [("user", str(i))], http_async_client=c)
                                           for i in range(5))))

    replies = run(five)
    assert [c.status for c in server.calls].count(400) == 1 and len(server.calls) == 6
    assert sorted(r.calls for r in replies) == [1, 1, 1, 1, 2]
    assert server.max_in_flight("grok-4") > 1  # the others then went in parallel, not one by one


def test_tools_rejected_too_ends_on_json_mode(server: OpenAIStub) -> None:
    def handler(call: Any) -> Any:
        if call.body.get("tools") or (call.body.get("response_format") or {}).get("type") == "json_schema":
            return Reply.error(400, "unsupported")
        return Reply(raw='{"stance": "deny", "reason": "r"}')

    server.script("grok-4", handler=handler)
    got = run(lambda c: chat.ask_structured(make_spec(server), Verdict, [("user", "?")], http_async_client=c))
    assert got.value.stance == "deny" and got.method == "json_mode" and got.calls == 3
    assert endpoints.recall(make_spec(server)) == "json_mode"


def test_prose_instead_of_json_falls_back_to_function_calling(server: OpenAIStub) -> None:
    server.script("grok-4", ["Sure! The stance is affirm.", {"stance": "affirm", "reason": "r"}])
    spec = make_spec(server)
    out = run(lambda c: chat.call_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert out.stance == "affirm" and len(server.calls) == 2
    assert not chat._NO_JSON_SCHEMA  # a one-off: json_schema is still tried first next time


def test_garbage_with_a_fixed_method_is_not_retried(server: OpenAIStub) -> None:
    server.script("grok-4", [Reply.garbage()])
    spec = make_spec(server, structured_method="json_schema")
    with pytest.raises(chat.CallFailed, match="not a valid Verdict"):
        run(lambda c: chat.call_structured(spec, Verdict, [("user", "?")], http_async_client=c))
    assert len(server.calls) == 1


def test_wrong_shape_is_a_clear_error(server: OpenAIStub) -> None:
    server.script("grok-4", [{"verdict": "yes"}])
    with pytest.raises(chat.CallFailed, match="not a valid Verdict"):
        run(lambda c: chat.call_structured(make_spec(server), Verdict, [("user", "?")], http_async_client=c))


def test_structured_auth_error_is_not_retried_and_redacted(server: OpenAIStub) -> None:
    server.require_key("sk-the-right-one-000000")  # the server echoes the wrong key back
    with pytest.raises(chat.CallFailed) as info:
        run(lambda c: chat.call_structured(make_spec(server), Verdict, [("user", "?")], http_async_client=c))
    message = str(info.value)
    assert "authentication failed" in message and KEY_VAR in message
    assert FAKE_KEY not in message and len(server.calls) == 1


def test_missing_key_names_panel_model_and_variable(server: OpenAIStub,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_VAR)
    with pytest.raises(InputError) as info:
        keys.require_key(make_spec(server), "panel.toml")
    line = info.value.one_line()
    assert "panel.toml" in line and "models.grok.api_key_env" in line
    assert f"set {KEY_VAR} in the environment or .env" in line


def test_dotenv_is_read_without_overriding_the_environment(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(f"{KEY_VAR}=sk-from-dotenv-1234\nOTHER_TEST_KEY=sk-other-from-dotenv\n")
    monkeypatch.setattr(keys, "_loaded", set())
    monkeypatch.setattr(keys, "_scanned", set())
    monkeypatch.delenv("OTHER_TEST_KEY", raising=False)
    spec = ModelSpec(key="m", label="M", provider="openai", model="m", api_key_env="OTHER_TEST_KEY")
    keys.require_key(spec, None, search_dirs=[tmp_path])
    assert keys.api_key(spec).get_secret_value() == "sk-other-from-dotenv"  # type: ignore[union-attr]
    import os

    assert os.environ[KEY_VAR] == FAKE_KEY  # the environment wins over .env
    monkeypatch.delenv("OTHER_TEST_KEY")


def test_keyless_endpoint_gets_a_dummy_key(server: OpenAIStub) -> None:
    spec = make_spec(server, api_key_env=None)
    run(lambda c: chat.build_chat_model(spec, http_async_client=c).ainvoke("hi"))
    assert server.calls[0].sent_key(keys.DUMMY_KEY)
    assert server.calls[0].auth_hash == hash_key(keys.DUMMY_KEY)


def test_missing_provider_package_says_what_to_install() -> None:
    spec = ModelSpec(key="claude", label="Claude", provider="anthropic", model="claude-x",
                     api_key_env=KEY_VAR)
    try:
        import langchain_anthropic  # noqa: F401
    except ImportError:
        with pytest.raises(InputError, match=r"pip install 'drafter\[anthropic\]'"):
            chat.build_chat_model(spec)
    else:
        pytest.skip("langchain-anthropic is installed here")


def test_unknown_provider_is_bad_input() -> None:
    spec = ModelSpec(key="x", label="X", provider="nosuchprovider", model="m", api_key_env=KEY_VAR)
    with pytest.raises(InputError, match=r"models\.x\.provider"):
        chat.build_chat_model(spec)


def test_ping_ok_and_failing(server: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> None:
    ok, note = run(lambda c: chat.ping(make_spec(server), http_async_client=c))
    assert ok and "answered in" in note
    body = server.calls[0].body  # the classic name, which compatible endpoints understand
    assert body["max_tokens"] == 16 and "max_completion_tokens" not in body
    server.script("grok-4", [401])
    ok, note = run(lambda c: chat.ping(make_spec(server), http_async_client=c))
    assert not ok and KEY_VAR in note
    monkeypatch.delenv(KEY_VAR)
    ok, note = run(lambda c: chat.ping(make_spec(server), http_async_client=c))
    assert not ok and f"set {KEY_VAR}" in note


def test_redact_removes_keys_and_key_shapes() -> None:
    text = f"Incorrect API key provided: {FAKE_KEY}; also sk-ab***yz12 and Bearer abcdef123456"
    clean = keys.redact(text, FAKE_KEY)
    assert FAKE_KEY not in clean and "sk-ab***" not in clean and "abcdef123456" not in clean


def test_prompt_fill_is_safe_and_strict() -> None:
    assert prompts.fill("{a} {{b}} {a}", {"a": "{a} x"}) == "{a} x {b} {a} x"  # inserted text not rescanned
    assert prompts.fill('{"json": 1}', {}) == '{"json": 1}'  # not a placeholder
    with pytest.raises(InputError, match=r"\{missing\}"):
        prompts.fill("{missing}", {"a": 1}, "t.md")


def test_prompt_messages_split_at_markers() -> None:
    text = "<!-- system -->\nBe brief.\n<!-- user -->\nQ?\n"
    assert prompts.split_messages(text) == [("system", "Be brief."), ("user", "Q?")]
    assert prompts.split_messages("just a question") == [("user", "just a question")]
    for lang in ("zh", "en"):
        messages = prompts.render_messages("ask", lang, topic="T", question="Q?")
        assert messages[-1][0] == "user" and "Q?" in messages[-1][1]


def test_two_event_loops_without_a_client(server: OpenAIStub, tmp_path: Path) -> None:
    """No "Event loop is closed": every call without a client makes its own inside the loop."""
    from drafter.inputs.transcript import Question
    from drafter.panel.ask import ask_one
    from drafter.panel.journal import Journal

    spec = make_spec(server)
    for i in range(2):
        question = Question(id=f"q{i}", text=f"question {i}?")
        answer = asyncio.run(ask_one(spec, question, topic_title="T", language="en",
                                     journal=Journal(tmp_path)))
        assert answer.ok, answer.error
        server.script("grok-4", [{"stance": "deny", "reason": "r"}])
        assert asyncio.run(chat.call_structured(spec, Verdict, [("user", "?")])).stance == "deny"
    assert len(server.calls) == 4


def test_stub_models_route_and_streamed_tool_calls(server: OpenAIStub) -> None:
    server.script("grok-4", [{"stance": "affirm", "reason": "r"}])
    listed = httpx.get(f"{server.base_url}/models").json()
    assert [m["id"] for m in listed["data"]] == ["grok-4"]
    assert httpx.get(f"{server.base_url}/nowhere").status_code == 404
    spec = make_spec(server, structured_method="function_calling")

    async def go(client: httpx.AsyncClient) -> Any:
        model = chat.build_chat_model(spec, http_async_client=client, streaming=True)
        return await chat.structured(model, Verdict, "function_calling").ainvoke("?")

    out = run(go)
    assert Verdict.model_validate(out["parsed"]) == Verdict(stance="affirm", reason="r") and server.calls[0].stream


def test_stub_command_line_serves_until_stopped() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "tests.openai_server", "--latency", "0.01",
                             "--model-latency", "slow=0.2"], cwd=root, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        base_url = line.strip().removeprefix("listening on ")
        reply = httpx.post(f"{base_url}/chat/completions", json={"model": "slow", "messages": [
            {"role": "user", "content": "hello"}]}, timeout=5)
        assert reply.status_code == 200 and "hello" in reply.json()["choices"][0]["message"]["content"]
        assert reply.elapsed.total_seconds() >= 0.2
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if proc.stdout:
            proc.stdout.close()
