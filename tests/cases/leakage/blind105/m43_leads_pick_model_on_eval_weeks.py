"""Lead scoring - which model to redeploy after the CRM migration incident?

Candidates are trained on weeks before 2024-W14 and compared on W14-W17.
The winner is redeployed and its score on W14-W17 goes into the incident report.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
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

cut = pd.Timestamp("2024-04-01")
train = df[df["lead_week"] < cut]
evalw = df[(df["lead_week"] >= cut) & (df["lead_week"] < "2024-04-29")]

candidates = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}

scores = {}
for name, model in candidates.items():
    model.fit(train[FEATS], train["converted"])
    p = model.predict_proba(evalw[FEATS])[:, 1]
    scores[name] = {"auc": roc_auc_score(evalw["converted"], p),
                    "f1": f1_score(evalw["converted"], (p >= 0.5).astype(int))}

table = pd.DataFrame(scores).T.sort_values("auc", ascending=False)
print(table.round(3))

best_name = table.drop(index="dummy_prior")["auc"].idxmax()
best = candidates[best_name]
print(f"redeploying {best_name}: AUC {table.loc[best_name, 'auc']:.3f} on W14-W17 "
      f"(prior baseline {table.loc['dummy_prior', 'auc']:.3f})")

test = prep(pd.read_csv("test.csv", parse_dates=["lead_week"]))
for c in FEATS:
    if c not in test:
        test[c] = 0
pd.DataFrame({"lead_id": test["lead_id"],
              "prediction": best.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
