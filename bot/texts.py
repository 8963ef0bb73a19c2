"""Everything residents read, Korean first, English available per room."""

from __future__ import annotations

DEFAULT_RULES = {
    "ko": (
        "📜 소통방 규칙\n"
        "1. 정치인·선거 관련 홍보와 보도자료 게시는 금지합니다.\n"
        "2. 광고·부업·추천인 링크 등 상업적 게시물은 금지합니다.\n"
        "3. 욕설·혐오·명예훼손·개인정보 노출은 삭제됩니다.\n"
        "4. 다른 단체방·카페·모임 초대와 외부 링크는 금지합니다.\n"
        "5. 짧은 시간에 여러 글을 연달아 올리지 말아 주세요.\n"
        "대화가 과열되면 잠시 쉬어 가는 시간이 주어질 수 있습니다."
    ),
    "en": (
        "📜 Room rules\n"
        "1. No campaigning for or against politicians, no press releases.\n"
        "2. No commercial posts: ads, side jobs, referral links.\n"
        "3. Insults, hate, defamation and doxxing are deleted.\n"
        "4. No invitations or links to other chat rooms, cafés or groups.\n"
        "5. No flooding: do not post many messages in a few seconds.\n"
        "When a discussion overheats, the room may get a short rest."
    ),
}

HOW_TO_REPORT = {
    "ko": (
        "📝 민원·제안 올리는 법\n"
        "• 무엇이, 어디에서 문제인지 한 메시지로 적어 주세요.\n"
        "  예) \"과천역 3번 출구 앞 가로등이 나갔어요\"\n"
        "• 사진이 있으면 함께 올려 주세요.\n"
        "• 소통봇이 민원 번호를 붙여 접수하고, 담당 부서의 처리 상황을 이 방에 알려 드립니다.\n"
        "• 이름을 밝히기 어려우면 봇과의 1:1 대화에서 익명으로 제보할 수 있습니다."
    ),
    "en": (
        "📝 How to raise a complaint or proposal\n"
        "• Say what is wrong and where, in one message.\n"
        "  e.g. \"The streetlight at Gwacheon station exit 3 is out\"\n"
        "• Add a photo if you have one.\n"
        "• The bot files it with a number and posts the department's progress in this room.\n"
        "• To stay fully anonymous, report in a private chat with the bot."
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "greeting_one": {
        "ko": "👋 새로 오신 분, {title}에 오신 것을 환영합니다!",
        "en": "👋 Welcome to {title}!",
    },
    "greeting_many": {
        "ko": "👋 새로 오신 {count}분, {title}에 오신 것을 환영합니다!",
        "en": "👋 Welcome to {title}, all {count} of you!",
    },
    "greeting_body": {
        "ko": "이 방은 주민 누구나 익명으로 불편 사항을 알리고 정책을 제안하는 곳입니다. 아래 버튼으로 규칙과 민원 올리는 법을 확인해 주세요.",
        "en": "Here any resident can raise problems and propose policies anonymously. The buttons below show the rules and how to report.",
    },
    "button_rules": {"ko": "📜 규칙", "en": "📜 Rules"},
    "button_howto": {"ko": "📝 민원 올리는 법", "en": "📝 How to report"},
    "button_private": {"ko": "🕶 익명으로 제보", "en": "🕶 Report anonymously"},
    "start_private": {
        "ko": "안녕하세요, 소통봇입니다. 소통방에서 민원과 정책 제안을 접수하고 처리 상황을 알려 드립니다.\n/help 로 사용법을 볼 수 있습니다.",
        "en": "Hello, this is Sotong. I file complaints and proposals from the room and report their progress.\nSend /help for how to use me.",
    },
    "report_private_soon": {
        "ko": "1:1 익명 제보는 곧 지원됩니다. 지금은 소통방에 직접 올려 주세요. 작성자 정보는 가명으로만 저장됩니다.",
        "en": "Private anonymous reports are coming soon. For now, post in the room; authors are stored only as pseudonyms.",
    },
    "help": {
        "ko": (
            "도움말\n"
            "/rules — 방 규칙 보기\n"
            "/help — 이 도움말\n"
            "관리자: /setrules 규칙 내용, /setgreeting 환영 문구, /language ko|en"
        ),
        "en": (
            "Help\n"
            "/rules — show the room rules\n"
            "/help — this help\n"
            "Moderators: /setrules text, /setgreeting text, /language ko|en"
        ),
    },
    "only_moderators": {
        "ko": "죄송합니다. 이 명령은 관리자만 사용할 수 있습니다.",
        "en": "Sorry, only moderators can use this command.",
    },
    "usage_setrules": {"ko": "사용법: /setrules 규칙 내용", "en": "Usage: /setrules rules text"},
    "usage_setgreeting": {"ko": "사용법: /setgreeting 환영 문구", "en": "Usage: /setgreeting greeting text"},
    "usage_language": {"ko": "사용법: /language ko 또는 /language en", "en": "Usage: /language ko or /language en"},
    "rules_saved": {"ko": "✅ 규칙을 저장했습니다.", "en": "✅ Rules saved."},
    "greeting_saved": {"ko": "✅ 환영 문구를 저장했습니다.", "en": "✅ Greeting saved."},
    "language_saved": {"ko": "✅ 이 방의 언어를 한국어로 설정했습니다.", "en": "✅ This room now speaks English."},
    "group_only": {"ko": "이 명령은 소통방 안에서 사용해 주세요.", "en": "Please use this command in the room."},
    "too_long": {"ko": "내용이 너무 깁니다 ({limit}자 이하).", "en": "That is too long ({limit} characters at most)."},
}

COMMAND_HELP = {
    "start": ("소통봇 시작", "Start the bot"),
    "help": ("사용법", "How to use the bot"),
    "rules": ("방 규칙 보기", "Show the room rules"),
    "setrules": ("(관리자) 방 규칙 설정", "(moderators) Set the room rules"),
    "setgreeting": ("(관리자) 환영 문구 설정", "(moderators) Set the greeting"),
    "language": ("(관리자) 방 언어 설정 ko|en", "(moderators) Set the room language ko|en"),
}


def text(key: str, language: str = "ko", **values: object) -> str:
    """The text `key` in `language` (Korean when missing), with `values` filled in."""
    variants = _TEXTS[key]
    template = variants.get(language) or variants["ko"]
    return template.format(**values) if values else template
