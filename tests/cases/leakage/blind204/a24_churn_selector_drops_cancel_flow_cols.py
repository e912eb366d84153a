"""Churn take-home - gradient boosting on a column-selector preprocessing.

Steps
1. load + light cleaning
2. ColumnTransformer driven by make_column_selector (numeric / categorical)
3. HGB vs prior baseline, out-of-time on new customers
4. write predictions.csv
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned_next_month"

# 1. load ---------------------------------------------------------------------
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df.isna().sum()[lambda s: s > 0])

# cancellation_reason / retention_offer_accepted are only filled in once a
# customer has started the cancel flow -> not available when we score
df = df.drop(columns=["cancellation_reason", "retention_offer_accepted"])
df["nps_score"] = df["nps_score"].clip(-100, 100)
df["discount_pct"] = df["discount_pct"].fillna(0)

print(df[TARGET].mean().round(4), "churn rate")
print(df.groupby("payment_method")[TARGET].mean().round(3))

# 2. preprocessing ------------------------------------------------------------
id_like = ["snapshot_id", "customer_id", "snapshot_month"]
X = df.drop(columns=id_like + [TARGET])
y = df[TARGET]

preprocess = ColumnTransformer(
    [
        ("num", "passthrough", make_column_selector(dtype_include=np.number)),
        (
            "cat",
            OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                           encoded_missing_value=-1),
            make_column_selector(dtype_include=object),
        ),
    ],
    verbose_feature_names_out=False,
).set_output(transform="pandas")

# 3. split + models -------------------------------------------------------------
cutoff = pd.Timestamp("2024-04-01")
in_train = df["snapshot_month"] < cutoff
train_customers = df.loc[in_train, "customer_id"].unique()
in_test = ~in_train & ~df["customer_id"].isin(train_customers)
X_train, y_train = X[in_train], y[in_train]
X_test, y_test = X[in_test], y[in_test]
print("train", X_train.shape, "test", X_test.shape)

model = Pipeline(
    [
        ("prep", preprocess),
        (
            "hgb",
            HistGradientBoostingClassifier(
                learning_rate=0.05,
                max_iter=500,
                max_leaf_nodes=24,
                class_weight="balanced",
                categorical_features=["plan_type", "region", "payment_method"],
                random_state=0,
            ),
        ),
    ]
)
model.fit(X_train, y_train)
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

results = {}
for name, est in {"prior": baseline, "hgb": model}.items():
    p = est.predict_proba(X_test)[:, 1]
    results[name] = {"roc_auc": roc_auc_score(y_test, p), "pr_auc": average_precision_score(y_test, p)}
print(pd.DataFrame(results).T.round(4))

# which inputs matter
from sklearn.inspection import permutation_importance

imp = permutation_importance(model, X_test, y_test, scoring="average_precision",
                             n_repeats=5, random_state=0, n_jobs=-1)
print(pd.Series(imp.importances_mean, index=X_test.columns).sort_values(ascending=False).head(10))

# 4. submission -------------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
sub = sub.drop(columns=["cancellation_reason", "retention_offer_accepted"], errors="ignore")
sub["nps_score"] = sub["nps_score"].clip(-100, 100)
sub["discount_pct"] = sub["discount_pct"].fillna(0)
pred = model.predict_proba(sub.drop(columns=id_like))[:, 1]
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("done")
