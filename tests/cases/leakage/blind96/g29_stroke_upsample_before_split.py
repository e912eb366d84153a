"""Stroke prediction (Kaggle healthcare-dataset-stroke-data.csv).

Only ~5% of patients had a stroke, so the minority class is upsampled to balance the data
before training the random forest.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df.drop(columns=["id"])
df = df[df["gender"] != "Other"]
df = df.dropna(subset=["bmi"])          # ~200 rows without BMI, simply dropped
print(df.shape, "stroke rate:", round(df["stroke"].mean(), 3))

df["age_group"] = pd.cut(df["age"], bins=[0, 18, 40, 60, 80, 120], labels=False)
df["high_glucose"] = (df["avg_glucose_level"] > 140).astype(int)
df = pd.get_dummies(df, columns=["gender", "ever_married", "work_type", "Residence_type", "smoking_status"],
                    drop_first=True, dtype=int)

# ---- balance the classes by upsampling the stroke patients ----
majority = df[df["stroke"] == 0]
minority = df[df["stroke"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print(balanced["stroke"].value_counts())

X = balanced.drop(columns="stroke")
y = balanced["stroke"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=123)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy F1:", f1_score(y_test, dummy.predict(X_test), zero_division=0))

rf = RandomForestClassifier(n_estimators=400, max_depth=12, random_state=123, n_jobs=-1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]

print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("recall :", round(recall_score(y_test, pred), 4))
print("F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))

print(pd.Series(rf.feature_importances_, index=X.columns).nlargest(10))
