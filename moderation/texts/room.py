"""What a room shows everyone: greeting, rules, help, room settings.

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them (and tests that every key has both).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
    "help": {
        "ko": (
            "도움말\n"
            "/rules — 방 규칙 보기\n"
            "/help — 이 도움말\n"
            "/report — 봇과의 1:1 대화에서 익명 제보\n"
            "/status N — 민원 진행 기록, /complaints — 열린 민원 목록\n"
            "관리자: /assign N 부서, /progress N 내용, /resolve N [결과], /reject N 사유, /reopen N (1:1 대화·부서 업무방에서는 방을 @방번호 하나로: /assign @3 N 부서)\n"
            "관리자: /setrules 규칙 내용, /setgreeting 환영 문구, /language ko|en, /merge N M (중복 민원 합치기)\n"
            "관리자(메시지에 답장하며): /warn 경고, /mute 분 글쓰기 제한, /unmute 제한 해제, /strikes 누적 경고 보기\n"
            "관리자: /cooldown [분] 쉬는 시간(주제의 메시지에 답장하면 그 주제만), /lift 쉬는 시간 끝내기, /modlog [쪽] 최근 조치\n"
            "관리자: /stats 민원 통계 (상태·분류별 건수, 부서별 응답·완료 시간 중앙값)\n"
            "관리자·담당 부서: /console 관리 웹 콘솔 로그인 링크 (1:1 대화)"
        ),
        "en": (
            "Help\n"
            "/rules — show the room rules\n"
            "/help — this help\n"
            "/report — report anonymously, in a private chat with the bot\n"
            "/status N — a complaint's timeline, /complaints — open complaints\n"
            "Moderators: /assign N department, /progress N note, /resolve N [note], /reject N reason, /reopen N (privately or in a staff group, name the room with one @number: /assign @3 N department)\n"
            "Moderators: /setrules text, /setgreeting text, /language ko|en, /merge N M (merge duplicates)\n"
            "Moderators, replying to a message: /warn, /mute minutes, /unmute, /strikes\n"
            "Moderators: /cooldown [minutes] (replying in a topic cools only that topic), /lift, /modlog [page]\n"
            "Moderators: /stats (counts by state and category, median response and resolution times per department)\n"
            "Moderators and department staff: /console (a login link to the staff web console, in a private chat)"
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
    # -- the default rules and how to report, unless a room sets its own
    "default_rules": {
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
    },
    "how_to_report": {
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
    },
    # -- the command list Telegram shows (setMyCommands)
    "command_start": {"ko": "소통봇 시작", "en": "Start the bot"},
    "command_help": {"ko": "사용법", "en": "How to use the bot"},
    "command_rules": {"ko": "방 규칙 보기", "en": "Show the room rules"},
    "command_setrules": {"ko": "(관리자) 방 규칙 설정", "en": "(moderators) Set the room rules"},
    "command_setgreeting": {"ko": "(관리자) 환영 문구 설정", "en": "(moderators) Set the greeting"},
    "command_language": {"ko": "(관리자) 방 언어 설정 ko|en", "en": "(moderators) Set the room language ko|en"},
    "command_report": {"ko": "익명 제보 (1:1 대화)", "en": "Report anonymously (private chat)"},
    "command_status": {"ko": "민원 진행 기록 N", "en": "A complaint's timeline N"},
    "command_complaints": {"ko": "열린 민원 목록", "en": "Open complaints"},
    "command_assign": {"ko": "(관리자) 부서 배정 N 부서", "en": "(moderators) Assign N to a department"},
    "command_progress": {
        "ko": "(관리자) 처리 중 N 내용 (접수 상태면 배정도 함께)",
        "en": "(moderators) Progress note N (accepts a received one too)",
    },
    "command_resolve": {"ko": "(관리자) 처리 완료 N [결과]", "en": "(moderators) Resolve N [note]"},
    "command_reject": {"ko": "(관리자) 반려 N 사유", "en": "(moderators) Reject N reason"},
    "command_reopen": {"ko": "(관리자) 다시 열기 N", "en": "(moderators) Reopen N"},
    "command_merge": {"ko": "(관리자) 중복 민원 합치기 N M", "en": "(moderators) Merge duplicate N into M"},
    "command_warn": {"ko": "(관리자, 답장) 규칙 경고", "en": "(moderators, reply) Warn about the rules"},
    "command_mute": {"ko": "(관리자, 답장) 분 단위 글쓰기 제한", "en": "(moderators, reply) Mute for N minutes"},
    "command_unmute": {"ko": "(관리자, 답장) 글쓰기 제한 해제", "en": "(moderators, reply) Unmute"},
    "command_strikes": {"ko": "(관리자, 답장) 누적 경고 보기", "en": "(moderators, reply) Show active strikes"},
    "command_cooldown": {"ko": "(관리자) 쉬는 시간 [분]", "en": "(moderators) Cool down [minutes]"},
    "command_lift": {"ko": "(관리자) 쉬는 시간 끝내기", "en": "(moderators) Lift the cool-down"},
    "command_modlog": {"ko": "(관리자) 최근 조치 [쪽]", "en": "(moderators) Recent actions [page]"},
    "command_stats": {
        "ko": "(관리자) 민원 통계: 상태·분류별 건수, 부서별 응답 시간",
        "en": "(moderators) Statistics: counts, department response times",
    },
    "command_console": {
        "ko": "(관리자·담당자) 관리 웹 콘솔 로그인 링크 (1:1 대화)",
        "en": "(staff) Login link to the web console (private chat)",
    },
    # a room without a title (Korean in every room, as it always read)
    "room_untitled": {"ko": "소통방", "en": "소통방"},
    "greeting_untitled": {"ko": "소통방", "en": "the room"},
}
