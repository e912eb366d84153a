# Framingham Heart Study (teaching data set, frmgham2.csv)
# Predict whether a participant develops cardiovascular disease (CVD) from exam measurements.
# The longitudinal file has one row per exam (up to 3 exams per participant).

import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score, brier_score_loss

df = pd.read_csv("frmgham2.csv")
print(df.shape)

# how many exams does each participant have?
exams_per_person = df.groupby("RANDID").size()
print(exams_per_person.value_counts().sort_index())
print("participants:", df["RANDID"].nunique())
print("CVD rate (rows):", round(df["CVD"].mean(), 3))

FEATURES = ["SEX", "AGE", "TOTCHOL", "SYSBP", "DIABP", "CURSMOKE", "CIGPDAY",
            "BMI", "DIABETES", "BPMEDS", "HEARTRTE", "GLUCOSE", "PREVCHD", "PREVHYP"]
X = df[FEATURES]
y = df["CVD"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=5
)
print("train rows:", len(X_train), "test rows:", len(X_test))

models = {
    "baseline (prior)": DummyClassifier(strategy="prior"),
    "logistic": Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(max_iter=1000)),
    ]),
    "gboost": Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("clf", GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=5)),
    ]),
}

for name, model in models.items():
    model.fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]
    print(f"{name:17s} AUC={roc_auc_score(y_test, p):.3f}  "
          f"acc={accuracy_score(y_test, p >= 0.5):.3f}  brier={brier_score_loss(y_test, p):.4f}")

coef = models["logistic"].named_steps["clf"].coef_[0]
print(pd.Series(coef, index=FEATURES).sort_values())
