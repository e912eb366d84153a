"""Subscription churn take-home.

Logistic regression on a scaled / one-hot design matrix, evaluated on
customers that first show up after the cutoff month.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NOT_FEATURES = [
    "snapshot_id",
    "customer_id",
    "snapshot_month",
    "retention_offer_accepted",
    "cancellation_reason",
    TARGET,
]

# ---------------------------------------------------------------- load
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
print(df.shape)
print(df.dtypes.value_counts())
print("churn rate:", round(df[TARGET].mean(), 4))
print(df.groupby("snapshot_month")[TARGET].agg(["mean", "size"]).tail(12))
print(df.isna().mean().sort_values(ascending=False).head(8))


# ---------------------------------------------------------------- features
def add_usage_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["logins_per_session"] = out["logins_30d"] / out["sessions_30d"].clip(lower=1)
    out["fee_per_device"] = out["monthly_fee"] / out["devices"].clip(lower=1)
    out["tickets_per_tenure"] = out["support_tickets_90d"] / (out["tenure_months"] + 1)
    out["inactive_2w"] = (out["last_login_days"] > 14).astype(int)
    return out


ratios = FunctionTransformer(add_usage_ratios, validate=False).set_output(transform="pandas")

preprocess = ColumnTransformer(
    [
        (
            "num",
            make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
            make_column_selector(dtype_include="number"),
        ),
        (
            "cat",
            OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=20),
            make_column_selector(dtype_include=object),
        ),
    ],
    verbose_feature_names_out=False,
).set_output(transform="pandas")

X = df.drop(columns=NOT_FEATURES)
y = df[TARGET].to_numpy()

# ---------------------------------------------------------------- split
# train on everything before the cutoff, score on customers first seen after it
cutoff = pd.Timestamp("2024-01-01")
train_mask = (df["snapshot_month"] < cutoff).to_numpy()
seen_customers = df.loc[train_mask, "customer_id"].unique()
test_mask = (~train_mask) & (~df["customer_id"].isin(seen_customers)).to_numpy()

X_train, y_train = X[train_mask], y[train_mask]
X_test, y_test = X[test_mask], y[test_mask]
print(f"train rows {len(y_train)}  test rows {len(y_test)}  test churn {y_test.mean():.3f}")

# ---------------------------------------------------------------- models
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
model = make_pipeline(
    ratios,
    preprocess,
    LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000),
)
model.fit(X_train, y_train)


def report(name, proba):
    print(
        f"{name:<10} roc_auc={roc_auc_score(y_test, proba):.3f} "
        f"pr_auc={average_precision_score(y_test, proba):.3f} "
        f"brier={brier_score_loss(y_test, proba):.4f}"
    )


report("baseline", baseline.predict_proba(X_test)[:, 1])
report("logreg", model.predict_proba(X_test)[:, 1])

logreg = model[-1]
coefs = pd.Series(logreg.coef_[0], index=model[:-1].get_feature_names_out()).sort_values()
print("most protective:\n", coefs.head(8))
print("most risky:\n", coefs.tail(8))

# ---------------------------------------------------------------- submission
test_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
X_sub = test_df.drop(columns=NOT_FEATURES, errors="ignore")
proba_sub = model.predict_proba(X_sub)[:, 1]
pd.DataFrame({"snapshot_id": test_df["snapshot_id"], "prediction": proba_sub}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", np.round(proba_sub.mean(), 4))
