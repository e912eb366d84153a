"""
Churn take-home: predict churned_next_month from monthly customer snapshots.
Model comparison script, run top to bottom.

Validation mimics the real test: later months, customers the model has not seen.
"""
import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
import lightgbm as lgb

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known", TARGET]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print("rows", len(df), "customers", df.customer_id.nunique())
print(df[TARGET].value_counts())
print(df.plan.value_counts())
print(df.snapshot_month.value_counts().sort_index())

for c in ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]:
    print(c, df.groupby(TARGET)[c].mean().round(2).to_dict())


def make_features(d):
    d = d.copy()
    d["tickets_per_tenure"] = d.support_tickets / (d.tenure_months + 1)
    d["failures_any"] = (d.payment_failures > 0).astype(int)
    d["usage_per_dollar"] = d.usage_hours / d.monthly_charges.replace(0, np.nan)
    return d


df = make_features(df)
test_df = make_features(test_df)

features = [c for c in df.columns if c not in DROP]
cat_cols = ["plan"]
num_cols = [c for c in features if c not in cat_cols]
print("features:", features)

# --- split: 25% of customers go to validation, and for them only Jul-Sep is scored
rng = np.random.RandomState(42)
customers = df.customer_id.unique()
val_customers = rng.choice(customers, size=int(0.25 * len(customers)), replace=False)
is_val_customer = df.customer_id.isin(val_customers)
cutoff = pd.Timestamp("2024-07-01")

train_mask = ~is_val_customer & (df.snapshot_month < cutoff)
val_mask = is_val_customer & (df.snapshot_month >= cutoff)

X_train, y_train = df.loc[train_mask, features], df.loc[train_mask, TARGET]
X_val, y_val = df.loc[val_mask, features], df.loc[val_mask, TARGET]
print(X_train.shape, X_val.shape, y_val.mean())
assert not set(df.loc[train_mask, "customer_id"]) & set(df.loc[val_mask, "customer_id"])


def preprocessor():
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])


models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
    "logreg_C0.1": LogisticRegression(max_iter=2000, C=0.1, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=42),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=42),
    "lgbm": lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                               subsample=0.8, colsample_bytree=0.8, verbose=-1),
}

rows = []
fitted = {}
for name, clf in models.items():
    pipe = Pipeline([("pre", preprocessor()), ("clf", clf)])
    pipe.fit(X_train, y_train)
    proba = pipe.predict_proba(X_val)[:, 1]
    pred = (proba >= 0.5).astype(int)
    rows.append({
        "model": name,
        "roc_auc": roc_auc_score(y_val, proba),
        "pr_auc": average_precision_score(y_val, proba),
        "f1@0.5": f1_score(y_val, pred, zero_division=0),
    })
    fitted[name] = pipe
    print(f"{name:15s} auc={rows[-1]['roc_auc']:.4f} ap={rows[-1]['pr_auc']:.4f}")

res = pd.DataFrame(rows).sort_values("pr_auc", ascending=False)
print(res.to_string(index=False))

best_name = res.loc[res.model != "baseline_prior"].iloc[0]["model"]
print("best model:", best_name)
lift = res.set_index("model").loc[best_name, "pr_auc"] / res.set_index("model").loc["baseline_prior", "pr_auc"]
print(f"PR-AUC lift over prior baseline: {lift:.1f}x")

best_clf = fitted[best_name].named_steps["clf"]
if hasattr(best_clf, "feature_importances_"):
    names = fitted[best_name].named_steps["pre"].get_feature_names_out()
    imp = pd.Series(best_clf.feature_importances_, index=names).sort_values(ascending=False)
    print(imp.head(15))

# refit on all of train.csv for the submission
final = Pipeline([("pre", preprocessor()), ("clf", models[best_name])])
final.fit(df[features], df[TARGET])
test_df["prediction"] = final.predict_proba(test_df[features])[:, 1]
test_df[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", test_df.shape)
