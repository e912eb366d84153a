# Churn take-home submission
# - out-of-time validation on new customers only
# - gradient boosting compared against a constant (prior) predictor
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

warnings.filterwarnings("ignore")

TARGET = "churned"
# identifiers, the date and the cancellation text are not usable at prediction time
EXCLUDE = {"churned", "snapshot_id", "customer_id", "snapshot_month", "cancellation_reason"}

train_df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train_df.info())
print(train_df[TARGET].value_counts())
print(train_df.groupby("region")[TARGET].mean().round(3))
print(train_df.groupby("plan")[["monthly_charges", "usage_gb"]].median())


def add_features(df):
    df = df.copy()
    df["tenure_years"] = df["tenure_months"] / 12
    df["heavy_user"] = (df["usage_gb"] > 50).astype(int)
    df["tickets_per_month"] = df["support_tickets"] / np.maximum(df["tenure_months"], 1)
    return df


train_df = add_features(train_df)
test_df = add_features(test_df)

FEATURES = [c for c in train_df.columns if c not in EXCLUDE]
print("features:", FEATURES)

# --- validation design -------------------------------------------------------
months = np.sort(train_df["snapshot_month"].unique())
cut = months[-4]
fit_rows = train_df[train_df["snapshot_month"] <= cut]
val_rows = train_df[train_df["snapshot_month"] > cut]
val_rows = val_rows[~val_rows["customer_id"].isin(fit_rows["customer_id"])]
print(f"fit rows {len(fit_rows)}, validation rows {len(val_rows)}")

X_fit, y_fit = fit_rows[FEATURES], fit_rows[TARGET]
X_val, y_val = val_rows[FEATURES], val_rows[TARGET]

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), make_column_selector(dtype_include="number")),
    ("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include="object")),
])

model = make_pipeline(
    prep,
    GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=7),
)
model.fit(X_fit, y_fit)
val_proba = model.predict_proba(X_val)[:, 1]

constant = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
const_proba = constant.predict_proba(X_val)[:, 1]

print("\nvalidation (new customers, last 3 months)")
print(f"  baseline  ROC AUC {roc_auc_score(y_val, const_proba):.3f}  PR AUC {average_precision_score(y_val, const_proba):.3f}")
print(f"  GBM       ROC AUC {roc_auc_score(y_val, val_proba):.3f}  PR AUC {average_precision_score(y_val, val_proba):.3f}")

# --- final model ---------------------------------------------------------------
model.fit(train_df[FEATURES], train_df[TARGET])
preds = model.predict_proba(test_df[FEATURES])[:, 1]
pd.DataFrame({"snapshot_id": test_df["snapshot_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
