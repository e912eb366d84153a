# quick LightGBM submission, with an honest holdout this time
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score, classification_report

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["churned_next_month"].value_counts(normalize=True))


def featurize(d):
    out = d[["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]].copy()
    out["plan"] = d["plan"].astype("category")
    out["tickets_plus_failures"] = d["support_tickets"] + d["payment_failures"]
    out["charge_per_hour"] = d["monthly_charges"] / (d["usage_hours"] + 1)
    out["short_tenure"] = (d["tenure_months"] <= 3).astype(int)
    return out


X = featurize(train)
y = train["churned_next_month"]
X_test = featurize(test)
X_test["plan"] = pd.Categorical(X_test["plan"], categories=X["plan"].cat.categories)

# holdout: Jul-Sep snapshots of customers that do not appear before July
month = pd.to_datetime(train["snapshot_month"])
before = month < "2024-07-01"
known_customers = train.loc[before, "customer_id"].unique()
hold = (~before) & (~train["customer_id"].isin(known_customers))
print("fit rows:", before.sum(), " holdout rows:", hold.sum(), " holdout churn:", round(y[hold].mean(), 4))


def lgbm():
    return lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=30,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                              class_weight="balanced", random_state=42, verbose=-1)


model = lgbm()
model.fit(X[before], y[before])
p_hold = model.predict_proba(X[hold])[:, 1]

baseline = DummyClassifier(strategy="most_frequent").fit(X[before], y[before])
p_base = baseline.predict_proba(X[hold])[:, 1]

for name, p in [("baseline (majority)", p_base), ("lightgbm", p_hold)]:
    print(f"{name:20s} AUC {roc_auc_score(y[hold], p):.4f}  PR-AUC {average_precision_score(y[hold], p):.4f}  "
          f"acc {accuracy_score(y[hold], (p > 0.5).astype(int)):.4f}")

print(classification_report(y[hold], (p_hold > 0.5).astype(int), digits=3))

imp = pd.Series(model.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print((imp / imp.sum()).round(3))

# holdout AUC per month, to check it doesn't degrade towards September
hm = pd.DataFrame({"m": month[hold].dt.month, "y": y[hold], "p": p_hold})
for m, g in hm.groupby("m"):
    if g["y"].nunique() > 1:
        print("month", m, "AUC", round(roc_auc_score(g["y"], g["p"]), 4), "n", len(g))

# submission: same settings, all labelled rows
final = lgbm().fit(X, y)
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
