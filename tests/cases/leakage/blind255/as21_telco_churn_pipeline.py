# Telco customer churn -- train.py + evaluate.py merged into one file for the repo README
# dataset: WA_Fn-UseC_-Telco-Customer-Churn.csv (Kaggle)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report, ConfusionMatrixDisplay


def load(path="data/WA_Fn-UseC_-Telco-Customer-Churn.csv"):
    df = pd.read_csv(path)
    # TotalCharges is read as string because of blanks for brand new customers
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
    df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})
    return df


def make_features(df):
    df = df.drop(columns=["customerID"])
    num_cols = df.select_dtypes(include="number").columns.tolist()
    cat_cols = df.select_dtypes(include="object").columns.tolist()
    print("numeric:", num_cols)
    print("categorical:", cat_cols)
    dummies = pd.get_dummies(df[cat_cols], drop_first=True)
    X = pd.concat([df[num_cols], dummies], axis=1)
    X["charges_per_month_tenure"] = df["TotalCharges"] / (df["tenure"] + 1)
    y = df["Churn"]
    return X, y


# ------------------------- train.py -------------------------
df = load()
print(df.shape)
print(df["Churn"].value_counts(normalize=True))

sns.countplot(x="Contract", hue="Churn", data=df)
plt.tight_layout()
plt.savefig("contract_vs_churn.png")

X, y = make_features(df)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, class_weight="balanced",
                            random_state=7, n_jobs=-1)
rf.fit(X_train, y_train)

# ------------------------- evaluate.py -------------------------
proba = rf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC AUC:", roc_auc_score(y_test, proba))
print("F1     :", f1_score(y_test, pred))
print(classification_report(y_test, pred))
ConfusionMatrixDisplay.from_predictions(y_test, pred)
plt.savefig("confusion_matrix.png")

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("Dummy ROC AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]),
      "Dummy F1:", f1_score(y_test, dummy.predict(X_test), zero_division=0))

top = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(15)
print(top)
