# Churn snapshots take-home
#
# Tuning:  month-by-month folds inside Jan-Aug (origins May-Aug): fit on earlier
#          months, validate on the origin month's customers not seen before it.
#          GridSearchCV on PR-AUC with these folds.
# Check:   out-of-time September, restricted to customers absent from Jan-Aug.
# Baselines: prior-rate dummy and logistic regression on the same features.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUMERIC = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct", "autopay"]
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["autopay"] = df["autopay"].astype(float)
print(df.shape)
print(df.groupby("snapshot_month")[TARGET].mean().round(4).to_string())

dev = df[df["snapshot_month"] < "2024-09-01"].reset_index(drop=True)
oot = df[(df["snapshot_month"] == "2024-09-01") & ~df["customer_id"].isin(dev["customer_id"])]
print(f"development rows {len(dev)} ({dev['customer_id'].nunique()} customers), "
      f"out-of-time rows {len(oot)} with {oot[TARGET].sum()} churners")

X_dev, y_dev = dev[NUMERIC + CATEGORICAL], dev[TARGET]


def month_folds(frame, n_origins=4):
    months = sorted(frame["snapshot_month"].unique())
    for origin in months[-n_origins:]:
        tr = frame.index[frame["snapshot_month"] < origin]
        seen = frame.loc[tr, "customer_id"].unique()
        va = frame.index[(frame["snapshot_month"] == origin) & ~frame["customer_id"].isin(seen)]
        yield tr.to_numpy(), va.to_numpy()


folds = list(month_folds(dev))
for tr, va in folds:
    print(f"  fold: {len(tr)} train rows, {len(va)} validation rows")
X_oot, y_oot = oot[NUMERIC + CATEGORICAL], oot[TARGET]


def pre(scale):
    num = StandardScaler() if scale else "passthrough"
    return ColumnTransformer([("num", num, NUMERIC),
                              ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL)])


gbm = Pipeline([("pre", pre(False)), ("clf", HistGradientBoostingClassifier(random_state=0))])
grid = {
    "clf__learning_rate": [0.03, 0.1],
    "clf__max_leaf_nodes": [7, 15, 31],
    "clf__min_samples_leaf": [20, 100],
    "clf__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(gbm, grid, scoring="average_precision", cv=folds, n_jobs=-1)
search.fit(X_dev, y_dev)
print("best params:", search.best_params_)
print("month-fold PR-AUC: %.4f" % search.best_score_)
cv_table = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_table[["params", "mean_test_score", "std_test_score"]].head(5).to_string(index=False))

logreg = Pipeline([("pre", pre(True)), ("clf", LogisticRegression(C=0.5, max_iter=3000))]).fit(X_dev, y_dev)
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)

print("\nout-of-time September (unseen customers)")
for name, model in [("tuned gbm", search.best_estimator_), ("logreg baseline", logreg), ("prior", dummy)]:
    p = model.predict_proba(X_oot)[:, 1]
    print(f"  {name:16s} ROC-AUC {roc_auc_score(y_oot, p):.3f}   PR-AUC {average_precision_score(y_oot, p):.3f}")

final = search.best_estimator_.fit(df[NUMERIC + CATEGORICAL], df[TARGET])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["autopay"] = test["autopay"].astype(float)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]}).to_csv(
    "predictions.csv", index=False)
