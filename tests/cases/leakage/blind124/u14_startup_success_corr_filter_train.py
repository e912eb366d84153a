"""Startup Success Prediction (Crunchbase snapshot)

Capstone project: will a startup be acquired / IPO ("success") or close?
"""
import warnings
warnings.filterwarnings("ignore")

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, classification_report

df = pd.read_csv("data/startup_data.csv")
print(df.shape)

# ---- target: acquired counts as success, closed as failure ----
df["success"] = (df["status"] == "acquired").astype(int)
df = df.drop(columns=["status", "labels", "Unnamed: 0", "Unnamed: 6", "id", "object_id", "name",
                      "city", "zip_code", "state_code.1", "closed_at"], errors="ignore")

# dates -> ages in years
for col in ["founded_at", "first_funding_at", "last_funding_at"]:
    df[col] = pd.to_datetime(df[col], errors="coerce")
df["years_to_first_funding"] = (df["first_funding_at"] - df["founded_at"]).dt.days / 365.25
df["funding_span_years"] = (df["last_funding_at"] - df["first_funding_at"]).dt.days / 365.25
df = df.drop(columns=["founded_at", "first_funding_at", "last_funding_at"])
df["log_funding_total"] = np.log1p(df["funding_total_usd"])

df = pd.get_dummies(df, columns=["state_code", "category_code"], drop_first=True, dtype=int)
df = df.dropna()
print("rows after cleaning:", len(df), "| success rate:", df["success"].mean().round(3))

# ---- EDA ----
plt.figure(figsize=(8, 4))
sns.histplot(data=df, x="log_funding_total", hue="success", bins=40)
plt.savefig("figs/funding_by_success.png")

train_df, test_df = train_test_split(df, test_size=0.2, stratify=df["success"], random_state=5)

# ---- correlation filter (training rows) ----
corr = train_df.corr(numeric_only=True)["success"].drop("success").abs().sort_values(ascending=False)
print(corr.head(20))
selected = corr[corr > 0.05].index.tolist()
print(len(selected), "features kept")

plt.figure(figsize=(6, 8))
corr.head(25).sort_values().plot(kind="barh")
plt.title("|corr| with success (train)")
plt.tight_layout()
plt.savefig("figs/corr_with_target.png")

X_train, y_train = train_df[selected], train_df["success"]
X_test, y_test = test_df[selected], test_df["success"]

models = {
    "Baseline": DummyClassifier(strategy="most_frequent"),
    "LogisticRegression": LogisticRegression(max_iter=5000),
    "DecisionTree": DecisionTreeClassifier(max_depth=5, random_state=5),
    "RandomForest": RandomForestClassifier(n_estimators=400, random_state=5),
    "GradientBoosting": GradientBoostingClassifier(random_state=5),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
table = []
for name, model in models.items():
    s = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
    table.append((name, s.mean(), s.std()))
table = pd.DataFrame(table, columns=["model", "cv_auc_mean", "cv_auc_std"]).sort_values("cv_auc_mean", ascending=False)
print(table.to_string(index=False))

winner = table.iloc[0]["model"]
final = models[winner].fit(X_train, y_train)
pred = final.predict(X_test)
proba = final.predict_proba(X_test)[:, 1]
print(f"\nFinal model: {winner}")
print(f"accuracy {accuracy_score(y_test, pred):.3f} | f1 {f1_score(y_test, pred):.3f} | auc {roc_auc_score(y_test, proba):.3f}")
print(classification_report(y_test, pred))
