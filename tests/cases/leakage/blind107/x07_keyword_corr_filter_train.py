# Escalation model from hand-written keyword flags + length features, LightGBM.
# Keyword shortlist is chosen on the training customers only.
import re
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

KEYWORDS = [
    "refund", "cancel", "urgent", "asap", "lawyer", "legal", "manager", "supervisor",
    "outage", "down", "crash", "data loss", "security", "breach", "invoice", "charged twice",
    "not working", "still", "again", "third time", "unacceptable", "disappointed", "angry",
    "escalate", "complaint", "ceo", "twitter", "review", "broken", "error 500", "timeout",
    "password", "login", "locked", "billing", "contract", "sla", "priority", "critical",
]
EXTRA = ["n_chars", "n_words", "n_upper", "n_exclaim", "n_attachments", "prior_tickets_90d"]


def make_features(df):
    text = (df["subject"].fillna("") + " " + df["body"].fillna("")).str.lower()
    feats = pd.DataFrame(index=df.index)
    for kw in KEYWORDS:
        feats["kw_" + re.sub(r"\W+", "_", kw)] = text.str.contains(re.escape(kw)).astype(int)
    feats["n_chars"] = text.str.len()
    feats["n_words"] = text.str.split().str.len()
    feats["n_upper"] = (df["subject"].fillna("") + df["body"].fillna("")).str.count(r"[A-Z]")
    feats["n_exclaim"] = text.str.count("!")
    feats["n_attachments"] = df["n_attachments"].fillna(0)
    feats["prior_tickets_90d"] = df["prior_tickets_90d"].fillna(0)
    return feats


def pick_keywords(feats, y, k=15):
    kw_cols = [c for c in feats.columns if c.startswith("kw_")]
    corr = feats[kw_cols].apply(lambda s: s.corr(y)).abs().fillna(0)
    return list(corr.sort_values(ascending=False).head(k).index)


df = pd.read_csv("train.csv")
feats = make_features(df)
y = df["escalated"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr, te = next(gss.split(feats, y, groups=df["customer_id"]))
F_tr, F_te, y_tr, y_te = feats.iloc[tr], feats.iloc[te], y.iloc[tr], y.iloc[te]

selected = pick_keywords(F_tr, y_tr) + EXTRA
print("selected keywords:", selected[:15])
X_tr, X_te = F_tr[selected], F_te[selected]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy AP", average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))

model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           scale_pos_weight=5, random_state=0)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]
print("lgbm AUC", roc_auc_score(y_te, p))
print("lgbm AP ", average_precision_score(y_te, p))

# final model: re-pick on all labelled rows, no evaluation after this point
test = pd.read_csv("test.csv")
final_cols = pick_keywords(feats, y) + EXTRA
model.fit(feats[final_cols], y)
pred = model.predict_proba(make_features(test)[final_cols])[:, 1]
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
