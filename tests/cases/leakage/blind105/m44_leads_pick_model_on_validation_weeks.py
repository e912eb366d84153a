"""Lead scoring - which model to redeploy after the CRM migration incident?

Candidates are trained on weeks before 2024-W10, compared on a validation block
(W10-W13), the winner is refitted on everything before W14 and scored once on
the held-out weeks W14-W17 for the incident report.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score


def prep(frame):
    frame = frame.copy()
    frame["log_pageviews"] = np.log1p(frame["n_pageviews"])
    frame["days_to_first_reply"] = frame["days_to_first_reply"].fillna(30)
    frame["crm_v2"] = (frame["lead_week"] >= "2024-02-26").astype(int)
    frame = pd.get_dummies(frame, columns=["source_channel", "company_size"], dtype=int)
    return frame


df = prep(pd.read_csv("train.csv", parse_dates=["lead_week"]))
FEATS = ["log_pageviews", "n_emails_opened", "demo_requested", "days_to_first_reply", "crm_v2"] + \
        [c for c in df.columns if c.startswith(("source_channel_", "company_size_"))]

val_start, test_start, test_end = pd.Timestamp("2024-03-04"), pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-29")
fit_part = df[df["lead_week"] < val_start]
val_part = df[(df["lead_week"] >= val_start) & (df["lead_week"] < test_start)]
dev_part = df[df["lead_week"] < test_start]
test_part = df[(df["lead_week"] >= test_start) & (df["lead_week"] < test_end)]

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}

val_auc = {}
for name, model in candidates.items():
    m = clone(model).fit(fit_part[FEATS], fit_part["converted"])
    val_auc[name] = roc_auc_score(val_part["converted"], m.predict_proba(val_part[FEATS])[:, 1])
print("validation AUC:", {k: round(v, 3) for k, v in val_auc.items()})

best_name = max(val_auc, key=val_auc.get)
best = clone(candidates[best_name]).fit(dev_part[FEATS], dev_part["converted"])
baseline = DummyClassifier(strategy="prior").fit(dev_part[FEATS], dev_part["converted"])

p = best.predict_proba(test_part[FEATS])[:, 1]
pb = baseline.predict_proba(test_part[FEATS])[:, 1]
print(f"{best_name} on W14-W17: AUC {roc_auc_score(test_part['converted'], p):.3f} "
      f"F1 {f1_score(test_part['converted'], (p >= 0.5).astype(int)):.3f}")
print(f"prior baseline:     AUC {roc_auc_score(test_part['converted'], pb):.3f}")

test = prep(pd.read_csv("test.csv", parse_dates=["lead_week"]))
for c in FEATS:
    if c not in test:
        test[c] = 0
pd.DataFrame({"lead_id": test["lead_id"],
              "prediction": best.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
