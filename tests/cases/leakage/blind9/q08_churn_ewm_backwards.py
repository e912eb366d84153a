import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=LEAKY)
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def usage_trend(frame, alpha=0.5):
    # newest month first inside each customer, then smooth usage with an exponential average
    frame = frame.sort_values(["customer_id", "snapshot_month"], ascending=[True, False]).copy()
    g = frame.groupby("customer_id")
    frame["logins_ewm"] = g["logins_30d"].transform(lambda s: s.ewm(alpha=alpha).mean())
    frame["tickets_ewm"] = g["support_tickets_90d"].transform(lambda s: s.ewm(alpha=alpha).mean())
    frame["logins_vs_trend"] = frame["logins_30d"] / (frame["logins_ewm"] + 1)
    return frame.sort_index()


df = usage_trend(raw)
df = pd.get_dummies(df, columns=["plan", "region", "contract_type"], dtype=float)
FEATS = [c for c in df.columns if c not in ("snapshot_id", "customer_id", "snapshot_month", TARGET)]
print(FEATS)

cutoff = pd.Timestamp(df.snapshot_month.max()) - pd.DateOffset(months=3)
fit_part = df[df.snapshot_month <= cutoff]
eval_part = df[df.snapshot_month > cutoff]
eval_part = eval_part[~eval_part.customer_id.isin(fit_part.customer_id.unique())]
print("fit rows", len(fit_part), "eval rows", len(eval_part), "eval customers", eval_part.customer_id.nunique())

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=1)
gb.fit(fit_part[FEATS], fit_part[TARGET])
prior = DummyClassifier(strategy="prior").fit(fit_part[FEATS], fit_part[TARGET])

for label, est in (("prior baseline", prior), ("gbm", gb)):
    s = est.predict_proba(eval_part[FEATS])[:, 1]
    print(label, "auc", round(roc_auc_score(eval_part[TARGET], s), 3),
          "ap", round(average_precision_score(eval_part[TARGET], s), 3))

full = usage_trend(pd.concat([raw, test.drop(columns=LEAKY, errors="ignore")], ignore_index=True))
full = pd.get_dummies(full, columns=["plan", "region", "contract_type"], dtype=float)
test_x = full[full.snapshot_id.isin(test.snapshot_id)].reindex(columns=FEATS + ["snapshot_id"], fill_value=0.0)
gb.fit(df[FEATS], df[TARGET])
pd.DataFrame({"snapshot_id": test_x.snapshot_id, "prediction": gb.predict_proba(test_x[FEATS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
