"""
Stroke prediction - clean-ish pipeline version.
Everything (imputation, scaling, encoding, SMOTE) goes inside an imblearn
Pipeline so cross-validation refits it per fold.
"""
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.svm import SVC
from sklearn.metrics import roc_auc_score, recall_score, precision_score, f1_score, classification_report
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE

RANDOM_STATE = 42

data = pd.read_csv("healthcare-dataset-stroke-data.csv")
data = data[data.gender != "Other"].drop(columns="id")
print(data.shape, "stroke rate:", round(data.stroke.mean(), 4))

num_features = ["age", "avg_glucose_level", "bmi"]
cat_features = ["gender", "hypertension", "heart_disease", "ever_married",
                "work_type", "Residence_type", "smoking_status"]

X = data[num_features + cat_features]
y = data["stroke"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

preprocess = ColumnTransformer([
    ("num", ImbPipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), num_features),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_features),
])

classifiers = {
    "logreg": LogisticRegression(max_iter=2000, C=0.1),
    "random_forest": RandomForestClassifier(n_estimators=300, min_samples_leaf=5, random_state=RANDOM_STATE),
    "grad_boost": GradientBoostingClassifier(random_state=RANDOM_STATE),
    "svc": SVC(probability=True, C=0.5, random_state=RANDOM_STATE),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
cv_table = {}
for name, clf in classifiers.items():
    pipe = ImbPipeline([
        ("prep", preprocess),
        ("smote", SMOTE(random_state=RANDOM_STATE)),
        ("clf", clf),
    ])
    res = cross_validate(pipe, X_train, y_train, cv=cv, scoring=["roc_auc", "recall", "f1"], n_jobs=-1)
    cv_table[name] = {k.replace("test_", ""): v.mean() for k, v in res.items() if k.startswith("test_")}

cv_table = pd.DataFrame(cv_table).T.sort_values("roc_auc", ascending=False)
print(cv_table.round(3))

best_name = cv_table.index[0]
best = ImbPipeline([("prep", preprocess), ("smote", SMOTE(random_state=RANDOM_STATE)), ("clf", classifiers[best_name])])
best.fit(X_train, y_train)
proba = best.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"\n{best_name} on the test set")
print("AUC      ", round(roc_auc_score(y_test, proba), 3))
print("recall   ", round(recall_score(y_test, pred), 3))
print("precision", round(precision_score(y_test, pred), 3))
print("f1       ", round(f1_score(y_test, pred), 3))
print(classification_report(y_test, pred, digits=3))

# what would a "no model" answer look like? predict "no stroke" for everyone,
# and give everyone the training stroke rate as probability
baseline_pred = np.zeros(len(y_test), dtype=int)
baseline_proba = np.full(len(y_test), y_train.mean())
print("\nbaseline (nobody has a stroke)")
print("AUC      ", round(roc_auc_score(y_test, baseline_proba), 3))
print("recall   ", round(recall_score(y_test, baseline_pred), 3))
print("f1       ", round(f1_score(y_test, baseline_pred, zero_division=0), 3))
