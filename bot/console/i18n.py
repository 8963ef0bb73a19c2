"""The console's words, Korean first, English on request; and how it shows times."""

from __future__ import annotations

from datetime import datetime

from bot.clock import local_time
from moderation.particles import fill

LANGUAGES = ("ko", "en")

UI: dict[str, tuple[str, str]] = {
    # frame
    "app_name": ("소통 관리 콘솔", "Staff console"),
    "nav_dashboard": ("대시보드", "Dashboard"),
    "nav_complaints": ("민원 목록", "Complaints"),
    "nav_overdue": ("기한 관리", "Deadlines"),
    "nav_stats": ("통계", "Statistics"),
    "nav_rooms": ("방 관리", "Rooms"),
    "logout": ("로그아웃", "Log out"),
    "switch_language": ("English", "한국어"),
    "skip": ("본문 바로가기", "Skip to content"),
    "you_are": ("권한", "Access"),
    "role_staff": ("전체 관리자", "staff (everything)"),
    "role_moderator": ("방 관리자: {rooms}", "moderator: {rooms}"),
    "role_department": ("부서 담당: {departments}", "department: {departments}"),
    # login and errors
    "login_title": ("로그인", "Log in"),
    "login_help": (
        "관리 콘솔은 비밀번호 없이 들어옵니다. 텔레그램에서 소통봇과의 1:1 대화에 /console 을 보내면 한 번만 쓸 수 있는 로그인 링크가 옵니다 ({minutes}분 동안 유효).",
        "The console has no password. Send /console to the bot in a private Telegram chat: it answers with a login link that works once, for {minutes} minutes.",
    ),
    "login_bot": ("봇: {bot}", "Bot: {bot}"),
    "login_needed": ("로그인이 필요합니다.", "Please log in."),
    "login_bad_link": (
        "로그인 링크가 잘못되었거나 이미 사용되었거나 만료되었습니다. 봇에게 /console 을 다시 보내 주세요.",
        "This login link is invalid, used or expired. Send /console to the bot again.",
    ),
    "logged_out": ("로그아웃했습니다.", "You are logged out."),
    "denied_title": ("권한 없음", "Not allowed"),
    "denied": (
        "이 페이지를 볼 권한이 없습니다. 콘솔은 방 관리자, 부서 업무방 구성원, 지정된 직원만 사용할 수 있습니다.",
        "You may not see this page. The console is for room moderators, members of department staff groups and configured staff.",
    ),
    "no_role": (
        "이 계정에는 관리 권한이 없습니다. 방 관리자이거나 부서 업무방에 들어가 있어야 합니다.",
        "This account has no role: you must moderate a room or be in a department's staff group.",
    ),
    "not_found": ("찾을 수 없습니다.", "Not found."),
    "csrf_failed": ("요청을 확인할 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.", "The request could not be verified. Reload the page and try again."),
    # dashboard
    "dashboard_title": ("대시보드", "Dashboard"),
    "open_now": ("열린 민원", "Open"),
    "overdue_now": ("기한 초과", "Overdue"),
    "due_soon": ("곧 마감", "Due soon"),
    "filed_7d": ("최근 7일 접수", "Filed, last 7 days"),
    "resolved_7d": ("최근 7일 완료", "Resolved, last 7 days"),
    "by_state": ("상태별", "By state"),
    "by_category": ("분류별", "By category"),
    "most_overdue": ("가장 늦은 민원", "Most overdue"),
    "nothing_overdue": ("기한을 넘긴 민원이 없습니다.", "Nothing is overdue."),
    "see_all": ("모두 보기", "See all"),
    "your_rooms": ("관리하는 방", "Your rooms"),
    # list
    "complaints_title": ("민원 목록", "Complaints"),
    "filter": ("검색", "Filter"),
    "reset": ("초기화", "Reset"),
    "room": ("방", "Room"),
    "state": ("상태", "State"),
    "category": ("분류", "Category"),
    "department": ("담당 부서", "Department"),
    "unassigned": ("미배정", "unassigned"),
    "overdue_only": ("기한 초과만", "Overdue only"),
    "search": ("내용·장소·번호", "Text, place or number"),
    "date_from": ("접수일 부터", "Filed from"),
    "date_to": ("까지", "to"),
    "sort": ("정렬", "Sort"),
    "order_desc": ("내림차순", "descending"),
    "order_asc": ("오름차순", "ascending"),
    "all": ("전체", "all"),
    "all_but_withdrawn": ("전체 (취소 제외)", "all (not withdrawn)"),
    "state_open": ("열림 (접수·배정·처리 중)", "open"),
    "state_closed": ("닫힘 (완료·반려·중복)", "closed"),
    "sort_filed": ("접수 시각", "filed"),
    "sort_number": ("번호", "number"),
    "sort_updated": ("최근 변경", "last change"),
    "sort_status": ("상태", "state"),
    "sort_category": ("분류", "category"),
    "sort_room": ("방", "room"),
    "sort_supporters": ("공감 수", "supporters"),
    "found": ("{count}건", "{count} found"),
    "page_of": ("{page} / {pages}쪽", "page {page} of {pages}"),
    "previous": ("◀ 이전", "◀ Previous"),
    "next": ("다음 ▶", "Next ▶"),
    "export_csv": ("CSV 내려받기", "Download CSV"),
    "export_xlsx": ("엑셀 내려받기", "Download XLSX"),
    "no_complaints": ("조건에 맞는 민원이 없습니다.", "No complaint matches."),
    "bad_filters": ("알 수 없는 조건은 빼고 찾았습니다: {fields}", "Ignored what could not be read: {fields}"),
    "col_number": ("번호", "No."),
    "col_summary": ("내용", "Complaint"),
    "col_filed": ("접수", "Filed"),
    "col_supporters": ("공감", "Support"),
    "late": ("기한 초과", "overdue"),
    # detail
    "kind": ("종류", "Kind"),
    "place": ("장소", "Place"),
    "no_place": ("장소 정보 없음", "no place given"),
    "filed_at": ("접수 시각", "Filed"),
    "status_since": ("현재 상태부터", "In this state since"),
    "text": ("내용 (개인정보 가림)", "Text (personal data redacted)"),
    "photos": ("사진", "Photos"),
    "photo_n": ("사진 {n}", "Photo {n}"),
    "supporters": ("공감 (같은 내용을 올린 주민)", "Supporters (residents who reported the same)"),
    "followers": ("1:1 알림을 받는 사람", "Following privately"),
    "deadlines": ("처리 기한", "Deadlines"),
    "deadline_first_response": ("첫 응답", "First response"),
    "deadline_resolution": ("처리 완료", "Resolution"),
    "deadline_met": ("지킴 {when}", "met {when}"),
    "deadline_missed": ("{late} 지남", "{late} late"),
    "deadline_left": ("{left} 남음", "{left} left"),
    "timeline": ("진행 기록", "Timeline"),
    "filed_event": ("접수", "filed"),
    "duplicate_of": ("#{number}의 중복", "duplicate of #{number}"),
    "source_room": ("방", "room"),
    "source_private": ("1:1 대화", "private chat"),
    "source_department": ("부서 업무방", "staff group"),
    "source_console": ("웹 콘솔", "console"),
    "actions": ("처리", "Act"),
    "actions_note": (
        "여기서 바꾼 내용은 명령어와 똑같이 방에 답글로 안내되고, 게시판과 부서 카드도 함께 바뀝니다.",
        "A change made here is announced in the room exactly as a command's, and the board and the department card follow.",
    ),
    "action_assign": ("배정", "Assign"),
    "action_progress": ("처리 중 알림", "Progress note"),
    "action_resolve": ("완료", "Resolve"),
    "action_reject": ("반려", "Reject"),
    "action_reopen": ("다시 열기", "Reopen"),
    "action_merge": ("중복으로 합치기", "Merge as duplicate"),
    "note": ("안내 문구 (주민에게 보임)", "Note (residents read it)"),
    "note_optional": ("안내 문구 (선택, 주민에게 보임)", "Note (optional, residents read it)"),
    "reason": ("사유 (주민에게 보임)", "Reason (residents read it)"),
    "into": ("합칠 민원 번호 (같은 방)", "Merge into number (same room)"),
    "no_actions": ("지금 할 수 있는 처리가 없습니다.", "Nothing can be done now."),
    "done_change": ("#{number}: {status}. 방에 안내했습니다.", "#{number}: {status}. The room has been told."),
    "done_merge": ("#{number}을(를) #{into}의 중복으로 합쳤습니다.", "#{number} merged into #{into}."),
    "refused": ("바꾸지 못했습니다: {reason}", "Not changed: {reason}"),
    "note_too_long": ("안내 문구는 1,000자까지입니다.", "A note is at most 1,000 characters."),
    "note_required": ("안내 문구나 사유를 적어 주세요.", "Please write a note or a reason."),
    "department_required": ("부서 이름을 적어 주세요 (예: 도로과).", "Please name a department (e.g. 도로과)."),
    "merge_target_required": ("합칠 민원 번호를 적어 주세요.", "Please give the number to merge into."),
    "bad_action": ("알 수 없는 처리입니다.", "Unknown action."),
    "bad_department": ("그 부서에는 넘길 수 없습니다. 설정된 부서만 고를 수 있습니다.", "You can hand it only to a configured department."),
    "text_too_long": ("3,000자까지 쓸 수 있습니다.", "At most 3,000 characters."),
    # overdue
    "overdue_title": ("기한 관리", "Deadlines"),
    "overdue_intro": ("지난 기한과 {hours}시간 안에 다가오는 기한, 부서별", "Missed deadlines and those due within {hours} h, per department"),
    "missed": ("지남", "missed"),
    "upcoming": ("다가옴", "due soon"),
    "stage": ("약속", "Promise"),
    "due": ("기한", "Due"),
    "nothing_due": ("지났거나 곧 다가오는 기한이 없습니다.", "No deadline missed or coming up."),
    # statistics
    "stats_title": ("통계", "Statistics"),
    "all_rooms": ("모든 방", "all rooms"),
    "show": ("보기", "Show"),
    "medians": ("부서별 중앙값 (최근 {days}일 접수분)", "Medians per department (filed in the last {days} days)"),
    "median_first": ("첫 응답", "First response"),
    "median_resolution": ("처리 완료", "Resolution"),
    "count": ("건수", "Count"),
    "resolved_count": ("완료 건수", "Resolved"),
    "stats_legend": (
        "첫 응답: 접수 후 처음 상태가 바뀌기까지 · 완료: 처리 완료까지 (반려·중복·취소는 넣지 않음) · /stats 와 같은 기준",
        "First response: until the status first changed · Resolution: until resolved (rejections, duplicates and withdrawals left out) · as /stats counts",
    ),
    "weekly": ("주별 접수·완료 (최근 {weeks}주)", "Filed and resolved per week (last {weeks} weeks)"),
    "filed": ("접수", "filed"),
    "resolved": ("완료", "resolved"),
    "no_data": ("자료가 없습니다.", "No data."),
    "minutes": ("분", "min"),
    "hours_short": ("시간", "h"),
    # rooms
    "rooms_title": ("방 관리", "Rooms"),
    "no_rooms": ("관리하는 방이 없습니다.", "You moderate no room."),
    "modlog": ("관리 기록", "Moderation log"),
    "modlog_empty": ("기록이 없습니다.", "Nothing recorded."),
    "col_when": ("시각", "When"),
    "col_action": ("조치", "Action"),
    "col_rule": ("규칙", "Rule"),
    "col_who": ("대상", "Whom"),
    "col_actor": ("처리자", "By"),
    "col_excerpt": ("내용 일부", "Excerpt"),
    "settings": ("방 설정", "Room settings"),
    "rules_ko": ("방 규칙 (한국어)", "Rules (Korean)"),
    "rules_en": ("방 규칙 (영어)", "Rules (English)"),
    "greeting_ko": ("환영 문구 (한국어)", "Greeting (Korean)"),
    "greeting_en": ("환영 문구 (영어)", "Greeting (English)"),
    "empty_default": ("비워 두면 기본 문구를 씁니다.", "Leave empty for the default text."),
    "public_page": ("공개 게시판 페이지 켜기 (열린 민원과 주요 수치, 개인정보 없음)", "Public board page (open complaints and headline figures, no personal data)"),
    "public_link": ("공개 주소: {url}", "Public address: {url}"),
    "save": ("저장", "Save"),
    "saved": ("저장했습니다.", "Saved."),
    # public board
    "board_title": ("{room} — 처리 중인 민원", "{room} — open complaints"),
    "board_intro": ("주민이 올린 불편 사항과 처리 상황입니다. 해결된 민원은 목록에서 빠집니다.", "What residents reported and where it stands. Solved ones come off the board."),
    "board_empty": ("지금 열려 있는 민원이 없습니다. 감사합니다!", "Nothing open right now. Thank you!"),
    "board_open": ("열린 민원", "Open"),
    "board_resolved_30d": ("최근 30일 해결", "Resolved, last 30 days"),
    "board_median_first": ("첫 응답 중앙값 (30일)", "Median first response (30 days)"),
    "age": ("경과", "Age"),
    "updated": ("갱신 {when}", "Updated {when}"),
}


def translate(key: str, language: str = "ko", **values: object) -> str:
    ko, en = UI[key]
    template = en if language == "en" else ko
    return fill(template, **values) if values else template


def local(when: datetime | None, seconds: bool = False) -> str:
    """"2026-11-23 14:05" in Korean time; "" for none."""
    if when is None:
        return ""
    return when.astimezone(local_time()).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def span(seconds: float, language: str) -> str:
    """A duration as people say it: "25분", "3시간 10분", "2일 4시간" (or English)."""
    minutes = int(abs(seconds) // 60)
    if minutes < 1:
        return "1분 미만" if language == "ko" else "under 1 min"
    if minutes < 60:
        return f"{minutes}분" if language == "ko" else f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if language == "ko":
            return f"{hours}시간" + (f" {rest}분" if rest else "")
        return f"{hours} h" + (f" {rest} min" if rest else "")
    days, hours = divmod(hours, 24)
    if language == "ko":
        return f"{days}일" + (f" {hours}시간" if hours else "")
    return f"{days} d" + (f" {hours} h" if hours else "")
