import pandas as pd
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).sort_values("snapshot_month").reset_index(drop=True)
print(df.groupby("snapshot_month").churned_next_month.agg(["size", "mean"]))
print(df.plan.value_counts())
print(df.groupby("plan").churned_next_month.mean())

num = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d", "payment_failures_90d"]
X = pd.get_dummies(df[num + ["plan"]], columns=["plan"], dtype=float).fillna(0)
y = df.churned_next_month

# rows are in month order so TimeSeriesSplit = train on earlier, score on later
tscv = TimeSeriesSplit(n_splits=4)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
auc = cross_val_score(model, X, y, cv=tscv, scoring="roc_auc")
ap = cross_val_score(model, X, y, cv=tscv, scoring="average_precision")
base_ap = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring="average_precision")
print("AUC per fold", auc.round(3), "mean", auc.mean().round(3))
print("AP", ap.mean().round(3), "vs baseline AP", base_ap.mean().round(3))

model.fit(X, y)
test = pd.read_csv("test.csv")
Xt = pd.get_dummies(test[num + ["plan"]], columns=["plan"], dtype=float).fillna(0).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": model.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
