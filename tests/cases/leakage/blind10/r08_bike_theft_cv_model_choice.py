# Bicycle thefts: compare 8 classifiers by cross-validation on the training part,
# then report the picked one once on the test split.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import AdaBoostClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

df = pd.read_csv("bicycle_thefts.csv")
df = df[df["Status"].isin(["STOLEN", "RECOVERED"])].copy()
df["recovered"] = (df["Status"] == "RECOVERED").astype(int)
print(df["recovered"].value_counts(normalize=True))

df["Cost_of_Bike"] = df["Cost_of_Bike"].fillna(0)
df["Bike_Speed"] = df["Bike_Speed"].fillna(0)
df["Bike_Colour"] = df["Bike_Colour"].fillna("UNKNOWN")
df["report_delay_days"] = (df["Report_DayOfYear"] - df["Occurrence_DayOfYear"]) % 365
df["log_cost"] = np.log1p(df["Cost_of_Bike"])

num_cols = ["log_cost", "Bike_Speed", "report_delay_days", "Occurrence_Hour"]
cat_cols = ["Premises_Type", "Bike_Type", "Bike_Colour", "Division", "Occurrence_DayOfWeek"]
X = df[num_cols + cat_cols]
y = df["recovered"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
])

models = {
    "Logistic Regression": LogisticRegression(max_iter=1000, class_weight="balanced"),
    "KNN": KNeighborsClassifier(n_neighbors=7),
    "SVM": SVC(class_weight="balanced"),
    "Decision Tree": DecisionTreeClassifier(max_depth=8, class_weight="balanced"),
    "Random Forest": RandomForestClassifier(n_estimators=200, class_weight="balanced", random_state=0),
    "AdaBoost": AdaBoostClassifier(random_state=0),
    "Gradient Boosting": GradientBoostingClassifier(random_state=0),
    "Naive Bayes": GaussianNB(),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for name, clf in models.items():
    pipe = Pipeline([("prep", prep), ("clf", clf)])
    s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="f1")
    rows.append({"model": name, "cv_f1": s.mean(), "cv_std": s.std()})
    print(f"{name:20s} {s.mean():.3f} +/- {s.std():.3f}")

table = pd.DataFrame(rows).sort_values("cv_f1", ascending=False)
print(table.to_string(index=False))
best_name = table.iloc[0]["model"]
print("Best by CV:", best_name)

best = Pipeline([("prep", prep), ("clf", models[best_name])])
best.fit(X_train, y_train)
y_pred = best.predict(X_test)
print("Test F1 (scored once): %.3f" % f1_score(y_test, y_pred))
print(classification_report(y_test, y_pred, digits=3))

# production model: same recipe refitted on all labelled rows after the evaluation
production = Pipeline([("prep", prep), ("clf", models[best_name])]).fit(X, y)
print("production model trained on", len(X), "rows")
