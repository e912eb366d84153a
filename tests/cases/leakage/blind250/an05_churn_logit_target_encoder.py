# churn take-home -- candidate: R. Okafor
# logistic regression w/ TargetEncoder for the high-card categoricals, everything in one Pipeline
import polars as pl
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import TargetEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"

raw = pl.read_csv("train.csv", try_parse_dates=True).sort("customer_id", "snapshot_month")

# lag features per customer (previous snapshot only)
raw = raw.with_columns(
    pl.col("logins_30d").shift(1).over("customer_id").alias("logins_prev"),
    pl.col("support_tickets_30d").shift(1).over("customer_id").alias("tickets_prev"),
    pl.col("monthly_charges").diff().over("customer_id").alias("charge_change"),
).with_columns(
    (pl.col("logins_30d") - pl.col("logins_prev")).alias("logins_change"),
)

features = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "data_usage_gb", "late_payments_6m", "discount_pct", "logins_prev",
            "tickets_prev", "charge_change", "logins_change",
            "plan", "region", "payment_method", "contract_type"]
cat_features = ["plan", "region", "payment_method", "contract_type"]

df = raw.to_pandas()
X = df[features]
y = df[TARGET]
groups = df["customer_id"]

# keep every customer entirely on one side
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
train_idx, valid_idx = next(gss.split(X, y, groups))
X_train, X_valid = X.iloc[train_idx], X.iloc[valid_idx]
y_train, y_valid = y.iloc[train_idx], y.iloc[valid_idx]
print("train", X_train.shape, y_train.mean(), "| valid", X_valid.shape, y_valid.mean())

pre = ColumnTransformer(
    [
        ("te", TargetEncoder(target_type="binary", random_state=0), cat_features),
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         make_column_selector(dtype_include="number")),
    ]
)
model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=0.3)).set_output(transform="pandas")
model.fit(X_train, y_train)
p_valid = model.predict_proba(X_valid)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_valid)[:, 1]

for name, p in [("dummy(prior)", p_dummy), ("logreg+TE", p_valid)]:
    print(f"{name:14s} auc={roc_auc_score(y_valid, p):.4f} "
          f"ap={average_precision_score(y_valid, p):.4f} brier={brier_score_loss(y_valid, p):.4f}")

lr = model[-1]
print(pd.Series(lr.coef_[0], index=model[0].get_feature_names_out()).sort_values(key=abs, ascending=False).head(10))
