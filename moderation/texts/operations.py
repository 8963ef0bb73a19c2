"""What `sotong doctor` tells whoever runs the bot: how to fix each problem it finds.

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "doctor_fix": {"ko": "해결: {fix}", "en": "fix: {fix}"},
    "doctor_config": {
        "ko": "설정 파일에서 이 항목을 고쳐 주세요 (config.example.toml 의 설명 참고)",
        "en": "correct this key in the file (config.example.toml documents each one)",
    },
    "doctor_token_format": {
        "ko": "@BotFather 에서 받은 토큰 전체를 telegram.token 에 넣어 주세요",
        "en": "put the whole token @BotFather gave you in telegram.token",
    },
    "doctor_secret_short": {
        "ko": "privacy.pseudonym_secret 에 32자 이상 무작위 문자열을 넣어 주세요 (바꾸면 모든 가명이 새로 바뀝니다)",
        "en": "use a random string of 32 characters or more (changing it gives everyone a new pseudonym)",
    },
    "doctor_token_refused": {
        "ko": "@BotFather 의 /token 으로 토큰을 다시 확인해 telegram.token 에 넣어 주세요",
        "en": "check the token with @BotFather (/token) and put it in telegram.token",
    },
    "doctor_api_unreachable": {
        "ko": "네트워크·방화벽·프록시와 telegram.api_url 을 확인해 주세요 (sotong run 은 응답할 때까지 기다립니다)",
        "en": "check the network, firewall or proxy and telegram.api_url (sotong run waits until it answers)",
    },
    "doctor_database_open": {
        "ko": "storage.url 의 주소·계정·권한과 데이터베이스 서버가 켜져 있는지 확인해 주세요",
        "en": "check storage.url (host, user, password, permissions) and that the database server runs",
    },
    "doctor_database_newer": {
        "ko": "이 데이터베이스를 만든 새 버전의 Sotong 을 설치해 주세요",
        "en": "install the newer version of Sotong that migrated this database",
    },
    "doctor_staff_group_missing": {
        "ko": "봇을 이 업무방에 초대해 주세요 (또는 설정의 chat_id 를 고쳐 주세요)",
        "en": "add the bot to this staff group (or correct its chat_id in the configuration)",
    },
    "doctor_room_missing": {
        "ko": "봇을 이 방에 다시 초대하고 관리자로 지정해 주세요 (닫은 방이면 무시해도 됩니다)",
        "en": "add the bot to this room again and make it an administrator (ignore it for a room that was closed)",
    },
    "doctor_staff_group_muted": {"ko": "이 업무방에서 봇의 글쓰기 제한을 풀어 주세요", "en": "let the bot post in this staff group again"},
    "doctor_room_admin": {
        "ko": "봇을 이 방의 관리자로 지정해 주세요 (또는 @BotFather /setprivacy 로 개인정보 모드를 끄세요)",
        "en": "make the bot an administrator of this room (or turn privacy mode off with @BotFather, /setprivacy)",
    },
}
