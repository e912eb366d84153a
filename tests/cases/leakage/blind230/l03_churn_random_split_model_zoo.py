"""
Churn take-home: predict churned_next_month from monthly customer snapshots.
Model comparison script, run top to bottom.
"""
import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
import lightgbm as lgb

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known", TARGET]

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print("rows", len(df), "customers", df.customer_id.nunique())
print(df[TARGET].value_counts())
print(df.plan.value_counts())
print(df.snapshot_month.value_counts().sort_index())

# quick look at the numeric columns
for c in ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]:
    print(c, df.groupby(TARGET)[c].mean().round(2).to_dict())

print(df.isna().sum())


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

X = df[features]
y = df[TARGET]

X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)
print(X_train.shape, X_val.shape, y_val.mean())


def preprocessor():
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])


models = {
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
        "f1@0.5": f1_score(y_val, pred),
    })
    fitted[name] = pipe
    print(f"{name:12s} auc={rows[-1]['roc_auc']:.4f} ap={rows[-1]['pr_auc']:.4f}")

res = pd.DataFrame(rows).sort_values("pr_auc", ascending=False)
print(res.to_string(index=False))

best_name = res.iloc[0]["model"]
print("best model:", best_name)

# feature importances if it is a tree model
best_clf = fitted[best_name].named_steps["clf"]
if hasattr(best_clf, "feature_importances_"):
    names = fitted[best_name].named_steps["pre"].get_feature_names_out()
    imp = pd.Series(best_clf.feature_importances_, index=names).sort_values(ascending=False)
    print(imp.head(15))

# refit on everything for the submission
final = Pipeline([("pre", preprocessor()), ("clf", models[best_name])])
final.fit(X, y)
test_df["prediction"] = final.predict_proba(test_df[features])[:, 1]
test_df[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", test_df.shape)
