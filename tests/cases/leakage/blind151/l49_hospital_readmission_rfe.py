"""Hospital readmissions (Kaggle 'hospital_readmissions.csv', 25k diabetic stays).

1. encode the categorical columns
2. recursive feature elimination with a random forest -> 12 features
3. 5-fold cross-validated ROC AUC of a gradient boosting model on those features
"""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("hospital_readmissions.csv")
print(df.shape)
print(df["readmitted"].value_counts())

df["age_mid"] = df["age"].str.extract(r"\[(\d+)-(\d+)\)").astype(int).mean(axis=1)
df["total_visits"] = df["n_outpatient"] + df["n_inpatient"] + df["n_emergency"]
df["meds_per_day"] = df["n_medications"] / df["time_in_hospital"]

binary = {"no": 0, "yes": 1}
for c in ["change", "diabetes_med", "readmitted"]:
    df[c] = df[c].map(binary)

cat_cols = ["medical_specialty", "diag_1", "diag_2", "diag_3", "glucose_test", "A1Ctest"]
X = pd.get_dummies(df.drop(columns=["age", "readmitted"]), columns=cat_cols, dtype=int)
y = df["readmitted"]
print("design matrix:", X.shape)

selector = RFE(
    estimator=RandomForestClassifier(n_estimators=200, max_depth=8, n_jobs=-1, random_state=1),
    n_features_to_select=12,
    step=2,
)
selector.fit(X, y)
selected = X.columns[selector.support_].tolist()
print("selected features:")
for name, rank in sorted(zip(X.columns, selector.ranking_), key=lambda t: t[1])[:12]:
    print(f"  {name}")

gbc = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3, random_state=1)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
auc = cross_val_score(gbc, X[selected], y, cv=cv, scoring="roc_auc")
acc = cross_val_score(gbc, X[selected], y, cv=cv, scoring="accuracy")
print("ROC AUC per fold:", auc.round(4))
print("mean ROC AUC: %.4f (+/- %.4f)" % (auc.mean(), auc.std()))
print("mean accuracy: %.4f" % acc.mean())
