"""Employee attrition - feature selection + random forest."""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
print(df.shape)
print(df["Attrition"].value_counts(normalize=True))

# quick look at numeric distributions
df.select_dtypes("number").hist(figsize=(16, 12), bins=20)
plt.tight_layout()
plt.savefig("hist.png")

df = df.drop(columns=["EmployeeCount", "StandardHours", "Over18", "EmployeeNumber"])
df["Attrition"] = (df["Attrition"] == "Yes").astype(int)

# one-hot the object columns
df = pd.get_dummies(df, columns=df.select_dtypes("object").columns.tolist(), drop_first=True)

X = df.drop("Attrition", axis=1)
y = df["Attrition"]

# keep the 15 most informative features
selector = SelectKBest(score_func=f_classif, k=15)
selector.fit(X, y)
scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(scores.head(20))
selected = X.columns[selector.get_support()]
print("selected:", list(selected))

X_train, X_test, y_train, y_test = train_test_split(
    X[selected], y, test_size=0.25, stratify=y, random_state=0
)

rf = RandomForestClassifier(
    n_estimators=500, max_depth=8, class_weight="balanced_subsample", random_state=0
)
rf.fit(X_train, y_train)

proba = rf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.35).astype(int)

print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))

pd.Series(rf.feature_importances_, index=selected).sort_values().plot(kind="barh")
plt.tight_layout()
plt.savefig("importance.png")
