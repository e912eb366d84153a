import json
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

warnings.filterwarnings("ignore")

cfg = json.load(open("task.json"))
Y = cfg["target"]
USER = cfg["group_column"]
T = cfg["time_column"]
RID = cfg["id_column"]

data = pd.read_csv("train.csv", parse_dates=[T]).sort_values([USER, T])
test_rows = pd.read_csv("test.csv", parse_dates=[T]).sort_values([USER, T])
print(data[T].min().date(), "->", data[T].max().date(), "|", test_rows[T].min().date(), "->", test_rows[T].max().date())


def lag_features(frame):
    frame = frame.copy()
    by_user = frame.groupby(USER)
    for col in ["sessions", "minutes_active", "features_used"]:
        frame[f"{col}_l1"] = by_user[col].shift(1)
        frame[f"{col}_l2"] = by_user[col].shift(2)
        frame[f"{col}_slope"] = (frame[col] - frame[f"{col}_l2"]) / 2
    frame["support_l1"] = by_user["support_contacts"].shift(1)
    frame["months_observed"] = by_user.cumcount()
    frame["moy"] = frame[T].dt.month
    return frame


data = lag_features(data)
test_rows = lag_features(test_rows)

categorical = ["country", "plan", "signup_channel"]
numeric = ["tenure_months", "sessions", "minutes_active", "features_used", "push_opt_in",
           "support_contacts", "sessions_l1", "sessions_l2", "sessions_slope", "minutes_active_l1",
           "minutes_active_l2", "minutes_active_slope", "features_used_l1", "features_used_l2",
           "features_used_slope", "support_l1", "months_observed", "moy"]

# train on Jan-Jun, evaluate on Jul onwards (test.csv is later months)
cut = pd.Timestamp("2024-07-01")
tr = data[data[T] < cut]
ev = data[data[T] >= cut]
print(f"train {len(tr)} rows / {tr[USER].nunique()} users, eval {len(ev)} rows / {ev[USER].nunique()} users")

prep = ColumnTransformer(
    [("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), categorical)],
    remainder="passthrough",
    sparse_threshold=0.0,
)
model = Pipeline([
    ("prep", prep),
    ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06,
                                           max_leaf_nodes=31, class_weight="balanced",
                                           random_state=42)),
])
model.fit(tr[categorical + numeric], tr[Y])
p_ev = model.predict_proba(ev[categorical + numeric])[:, 1]

base = DummyClassifier(strategy="prior").fit(tr[numeric], tr[Y])
p_base = base.predict_proba(ev[numeric])[:, 1]

print("                 ROC-AUC   PR-AUC   Brier")
for label, p in [("prior baseline", p_base), ("HGB", p_ev)]:
    print(f"{label:15s} {roc_auc_score(ev[Y], p):8.3f} {average_precision_score(ev[Y], p):8.3f} "
          f"{brier_score_loss(ev[Y], p):7.4f}")

# monthly stability of the score
for m, chunk in ev.assign(p=p_ev).groupby(T):
    if chunk[Y].nunique() == 2:
        print(m.date(), round(roc_auc_score(chunk[Y], chunk["p"]), 3), len(chunk))

model.fit(data[categorical + numeric], data[Y])
sub = pd.DataFrame({RID: test_rows[RID], "prediction": model.predict_proba(test_rows[categorical + numeric])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
