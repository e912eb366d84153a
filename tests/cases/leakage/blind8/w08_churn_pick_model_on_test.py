"""Churn: compare a few classifiers on a held-out set of later months / new customers."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# hold out the last 3 months, only customers we have not trained on
last = df["snapshot_month"].max()
cut = last - pd.DateOffset(months=2)
train = df[df["snapshot_month"] < cut]
test = df[(df["snapshot_month"] >= cut) & (~df["customer_id"].isin(train["customer_id"]))]
print("train", train.shape, "test", test.shape, "test churn rate", round(test[TARGET].mean(), 4))


def preprocessor():
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


candidates = {
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "extra_trees": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}

results = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", preprocessor()), ("clf", est)])
    pipe.fit(train[NUM + CAT], train[TARGET])
    p = pipe.predict_proba(test[NUM + CAT])[:, 1]
    results[name] = {
        "roc_auc": roc_auc_score(test[TARGET], p),
        "pr_auc": average_precision_score(test[TARGET], p),
        "model": pipe,
    }
    print(f"{name:12s} test roc_auc={results[name]['roc_auc']:.4f} pr_auc={results[name]['pr_auc']:.4f}")

best_name = max(results, key=lambda k: results[k]["pr_auc"])
best = results[best_name]
print(f"\nbest model: {best_name}  test roc_auc={best['roc_auc']:.4f}  test pr_auc={best['pr_auc']:.4f}")

final = Pipeline([("pre", preprocessor()), ("clf", candidates[best_name])])
final.fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
