# Churn model, logistic regression with one-hot plans/regions.
# Split: customers are partitioned 80/20 first, then the held-out customers are
# scored only on Oct-Dec, the model only ever sees Jan-Sep of the other customers.
import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
import matplotlib.pyplot as plt

sklearn.set_config(transform_output="pandas")

TARGET = "churned_next_month"

df = (
    pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    .sort_values(["customer_id", "snapshot_month"])
    .assign(
        has_discount=lambda d: d["has_discount"].astype(int),
        inactive_flag=lambda d: np.select(
            [d.days_since_last_login > 30, d.days_since_last_login > 14],
            ["dormant", "cooling"],
            default="active",
        ),
        log_charges=lambda d: np.log1p(d.monthly_charges),
    )
)
print(df.shape, df.customer_id.nunique(), "customers")
print(df.groupby("inactive_flag")[TARGET].agg(["mean", "size"]))

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=7)
tr_idx, te_idx = next(gss.split(df, groups=df["customer_id"]))
train = df.iloc[tr_idx].loc[lambda d: d.snapshot_month < "2024-10-01"]
test = df.iloc[te_idx].loc[lambda d: d.snapshot_month >= "2024-10-01"]
print(f"train {train.shape}  test {test.shape}")
print("overlap customers:", len(set(train.customer_id) & set(test.customer_id)))

X_cols_to_drop = ["snapshot_id", "customer_id", "snapshot_month", TARGET]
X_train, y_train = train.drop(columns=X_cols_to_drop), train[TARGET]
X_test, y_test = test.drop(columns=X_cols_to_drop), test[TARGET]

pre = ColumnTransformer(
    [
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
         make_column_selector(dtype_include=object)),
        ("scale", StandardScaler(),
         ["tenure_months", "monthly_charges", "log_charges", "logins_30d",
          "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]),
    ],
    remainder="passthrough",
    verbose_feature_names_out=False,
)

clf = make_pipeline(pre, LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print("PR AUC  :", round(average_precision_score(y_test, proba), 4))

coefs = pd.Series(clf[-1].coef_.ravel(), index=clf[0].get_feature_names_out()).sort_values()
coefs.plot.barh(figsize=(6, 8), title="logreg coefficients")
plt.tight_layout()
plt.show()

prec, rec, thr = precision_recall_curve(y_test, proba)
plt.plot(rec, prec)
plt.xlabel("recall"); plt.ylabel("precision"); plt.title("PR curve, holdout customers")
plt.show()

# retrain on everything for the submission
clf.fit(df.drop(columns=X_cols_to_drop), df[TARGET])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).assign(
    has_discount=lambda d: d["has_discount"].astype(int),
    inactive_flag=lambda d: np.select(
        [d.days_since_last_login > 30, d.days_since_last_login > 14],
        ["dormant", "cooling"], default="active"),
    log_charges=lambda d: np.log1p(d.monthly_charges),
)
sub.assign(prediction=clf.predict_proba(sub.drop(columns=["snapshot_id", "customer_id", "snapshot_month"]))[:, 1])[
    ["snapshot_id", "prediction"]
].to_csv("predictions.csv", index=False)
