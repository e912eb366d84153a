"""Telco customer churn - compare a few classifiers (pipeline version).

Dataset: WA_Fn-UseC_-Telco-Customer-Churn.csv (Kaggle, blastchar)
"""
import warnings

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, classification_report, confusion_matrix, RocCurveDisplay

warnings.filterwarnings("ignore")
SEED = 42

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
print(df.shape)

df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0)
df["Churn"] = (df["Churn"] == "Yes").astype(int)
print(df["Churn"].value_counts(normalize=True))

# quick look: churn rate by contract type (EDA only)
print(df.groupby("Contract")["Churn"].mean().sort_values())

df = df.drop(columns=["customerID"])

df["charges_per_month_tenure"] = df["TotalCharges"] / (df["tenure"] + 1)
addons = ["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies"]
df["n_services"] = (df[addons] == "Yes").sum(axis=1)

X = df.drop(columns=["Churn"])
y = df["Churn"]

num_cols = ["tenure", "MonthlyCharges", "TotalCharges", "charges_per_month_tenure", "n_services", "SeniorCitizen"]
cat_cols = [c for c in X.columns if c not in num_cols]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED
)
print("train", X_train.shape, "test", X_test.shape)


def make_pipe(clf):
    pre = ColumnTransformer(
        [
            ("num", StandardScaler(), num_cols),
            ("cat", OneHotEncoder(handle_unknown="ignore", drop="if_binary"), cat_cols),
        ]
    )
    return Pipeline([("pre", pre), ("clf", clf)])


def make_models():
    return {
        "logreg": make_pipe(LogisticRegression(max_iter=2000, C=0.5)),
        "knn": make_pipe(KNeighborsClassifier(n_neighbors=25)),
        "rf": make_pipe(RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=SEED, n_jobs=-1)),
        "gbm": make_pipe(GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=SEED)),
    }


skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
cv_results = {}
for name, pipe in make_models().items():
    scores = cross_val_score(pipe, X_train, y_train, cv=skf, scoring="roc_auc")
    cv_results[name] = scores
    print(f"{name:8s} CV AUC {scores.mean():.4f} +/- {scores.std():.4f}")

best_name = max(cv_results, key=lambda k: cv_results[k].mean())
print("best by CV:", best_name)

best_pipe = make_models()[best_name]
best_pipe.fit(X_train, y_train)
proba = best_pipe.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("\nTest ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred, digits=3))
print(confusion_matrix(y_test, pred))

fig, ax = plt.subplots(figsize=(5, 5))
RocCurveDisplay.from_predictions(y_test, proba, ax=ax, name=best_name)
ax.set_title("Churn ROC (test)")
plt.tight_layout()
plt.savefig("roc_test.png")

feat_names = best_pipe.named_steps["pre"].get_feature_names_out()
clf = best_pipe.named_steps["clf"]
if hasattr(clf, "feature_importances_"):
    print(pd.Series(clf.feature_importances_, index=feat_names).sort_values(ascending=False).head(15))
elif hasattr(clf, "coef_"):
    coefs = pd.Series(clf.coef_[0], index=feat_names).sort_values()
    print(coefs.head(10))
    print(coefs.tail(10))

# evaluation done -> refit the chosen pipeline on all labelled rows for scoring new customers
final_pipe = make_models()[best_name]
final_pipe.fit(X, y)
print("final pipeline trained on", len(X), "rows")
