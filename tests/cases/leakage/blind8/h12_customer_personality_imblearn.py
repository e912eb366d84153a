# Customer Personality Analysis - campaign response with SMOTE inside an imblearn Pipeline
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.metrics import classification_report, roc_auc_score

data = pd.read_csv("marketing_campaign.csv", sep="\t")
print(data.shape)
print(data["Response"].value_counts(normalize=True))
print(data[["Income", "Year_Birth"]].describe())

# obvious data-entry errors (fixed rules, not statistics)
data = data[(data["Year_Birth"] > 1920) & ~(data["Income"] > 600000)]

data["Age"] = 2021 - data["Year_Birth"]
data["Children"] = data["Kidhome"] + data["Teenhome"]
mnt = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"]
data["Spent"] = data[mnt].sum(axis=1)
data["Purchases"] = data[["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"]].sum(axis=1)
data["AcceptedBefore"] = data[[f"AcceptedCmp{i}" for i in range(1, 6)]].sum(axis=1)
data["Partner"] = data["Marital_Status"].isin(["Married", "Together"]).astype(int)
data = pd.get_dummies(data, columns=["Education"], drop_first=True)
data = data.drop(columns=["ID", "Year_Birth", "Marital_Status", "Dt_Customer", "Z_CostContact", "Z_Revenue"])

X = data.drop(columns="Response")
y = data["Response"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)
print("train positives:", y_train.sum(), "test positives:", y_test.sum())

models = {
    "logreg": LogisticRegression(max_iter=3000),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=42),
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
cv_auc = {}
for name, clf in models.items():
    pipe = Pipeline([
        ("impute", SimpleImputer(strategy="median")),  # Income has a few NaN
        ("scale", StandardScaler()),
        ("smote", SMOTE(random_state=42)),
        ("clf", clf),
    ])
    s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="roc_auc")
    cv_auc[name] = s.mean()
    print(f"{name}: CV AUC {s.mean():.3f} +/- {s.std():.3f}")

best = max(cv_auc, key=cv_auc.get)
final = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("smote", SMOTE(random_state=42)),
    ("clf", models[best]),
])
final.fit(X_train, y_train)
proba = final.predict_proba(X_test)[:, 1]
print(best, "test AUC: %.3f" % roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))
