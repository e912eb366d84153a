import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).sort_values("snapshot_month").reset_index(drop=True)
print(df.groupby("snapshot_month").churned_next_month.agg(["size", "mean"]))

num = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d", "payment_failures_90d"]
X = pd.get_dummies(df[num + ["plan"]], columns=["plan"], dtype=float).fillna(0)
y = df.churned_next_month

# rolling origin by hand: train on months before the cut, score the cut month,
# only on customers who never showed up in the training months
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
res = []
for cut in sorted(df.snapshot_month.unique())[-4:]:
    tr = df.snapshot_month < cut
    va = (df.snapshot_month == cut) & ~df.customer_id.isin(df.loc[tr, "customer_id"])
    model.fit(X[tr], y[tr])
    p = model.predict_proba(X[va])[:, 1]
    b = DummyClassifier(strategy="prior").fit(X[tr], y[tr]).predict_proba(X[va])[:, 1]
    res.append((roc_auc_score(y[va], p), average_precision_score(y[va], p), average_precision_score(y[va], b)))
res = np.array(res)
print("AUC per fold", res[:, 0].round(3), "mean", res[:, 0].mean().round(3))
print("AP", res[:, 1].mean().round(3), "vs baseline AP", res[:, 2].mean().round(3))

model.fit(X, y)
test = pd.read_csv("test.csv")
Xt = pd.get_dummies(test[num + ["plan"]], columns=["plan"], dtype=float).fillna(0).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": model.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
