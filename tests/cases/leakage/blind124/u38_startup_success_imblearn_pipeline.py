"""
Startup success prediction - final project, Data Science Bootcamp

Which startups end up acquired or IPO'd? Trained on a cleaned Crunchbase extract.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, precision_score

RANDOM_STATE = 2024

startups = pd.read_csv("data/crunchbase_startups_clean.csv")
print(startups.shape)
print(startups["outcome"].value_counts())

startups["success"] = startups["outcome"].isin(["acquired", "ipo"]).astype(int)
startups["log_funding"] = np.log1p(startups["funding_total_usd"])
startups["funding_per_round"] = startups["funding_total_usd"] / startups["funding_rounds"].clip(lower=1)
startups["log_funding_per_round"] = np.log1p(startups["funding_per_round"])

# quick look
print(startups.groupby("funding_rounds")["success"].agg(["mean", "size"]).head(10))
startups.boxplot(column="log_funding", by="success", figsize=(5, 4))
plt.savefig("figures/funding_box.png")

numeric = ["log_funding", "log_funding_per_round", "funding_rounds", "founded_year",
           "n_founders", "n_investors", "has_vc", "has_angel", "milestones"]
categorical = ["market", "country_code", "state_code"]

X = startups[numeric + categorical]
y = startups["success"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

preprocess = ColumnTransformer([
    ("num", ImbPipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
    ("cat", ImbPipeline([("impute", SimpleImputer(strategy="constant", fill_value="missing")),
                         ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False))]), categorical),
])

classifiers = {
    "dummy_majority": DummyClassifier(strategy="most_frequent"),
    "logistic": LogisticRegression(max_iter=4000, C=0.5),
    "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=3, random_state=RANDOM_STATE),
    "grad_boost": GradientBoostingClassifier(random_state=RANDOM_STATE),
}


def build(clf):
    return ImbPipeline([("prep", preprocess), ("smote", SMOTE(random_state=RANDOM_STATE)), ("clf", clf)])


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
rows = []
for name, clf in classifiers.items():
    out = cross_validate(build(clf), X_train, y_train, cv=cv, scoring=["roc_auc", "f1", "recall"])
    rows.append({"model": name,
                 "auc": out["test_roc_auc"].mean(),
                 "f1": out["test_f1"].mean(),
                 "recall": out["test_recall"].mean()})
table = pd.DataFrame(rows).sort_values("auc", ascending=False).reset_index(drop=True)
print(table.round(3))

chosen = table.loc[0, "model"]
final = build(classifiers[chosen]).fit(X_train, y_train)
proba = final.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"\nChosen: {chosen}")
print(f"Test AUC       {roc_auc_score(y_test, proba):.3f}")
print(f"Test precision {precision_score(y_test, pred):.3f}")
print(f"Test recall    {recall_score(y_test, pred):.3f}")
print(f"Test F1        {f1_score(y_test, pred):.3f}")
