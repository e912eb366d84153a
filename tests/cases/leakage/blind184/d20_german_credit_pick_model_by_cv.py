import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

warnings.filterwarnings("ignore")
SEED = 11

# German Credit (Kaggle version with the "Risk" column)
df = pd.read_csv("german_credit_data.csv", index_col=0)
print(df.shape)
print(df.isna().sum())

df["Saving accounts"] = df["Saving accounts"].fillna("unknown")
df["Checking account"] = df["Checking account"].fillna("unknown")
df["Risk"] = (df["Risk"] == "bad").astype(int)

df["log_amount"] = np.log(df["Credit amount"])
df["amount_per_month"] = df["Credit amount"] / df["Duration"]
df["age_bin"] = pd.cut(df["Age"], bins=[18, 25, 35, 45, 60, 100], labels=False)

df = pd.get_dummies(
    df,
    columns=["Sex", "Housing", "Saving accounts", "Checking account", "Purpose"],
    drop_first=True,
    dtype=int,
)

X = df.drop(columns=["Risk"])
y = df["Risk"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

candidates = {
    "logistic_regression": make_pipeline(
        StandardScaler(), LogisticRegression(C=0.5, max_iter=2000)
    ),
    "random_forest": RandomForestClassifier(
        n_estimators=500, max_depth=8, random_state=SEED
    ),
    "gradient_boosting": GradientBoostingClassifier(random_state=SEED),
    "xgboost": XGBClassifier(
        n_estimators=300, max_depth=3, learning_rate=0.05,
        subsample=0.8, colsample_bytree=0.8, eval_metric="logloss",
        random_state=SEED,
    ),
}

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("Baseline AUC:", roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
scores = {}
for name, model in candidates.items():
    cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
    scores[name] = cv_auc.mean()
    print(f"{name:22s} CV AUC = {cv_auc.mean():.4f} +/- {cv_auc.std():.4f}")

best_name = max(scores, key=scores.get)
best_model = candidates[best_name].fit(X_train, y_train)
print(f"\nSelected model (by CV on the training set): {best_name}")

proba = best_model.predict_proba(X_test)[:, 1]
print(f"Final test AUC: {roc_auc_score(y_test, proba):.4f}")
print(classification_report(y_test, (proba >= 0.5).astype(int)))
