import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, GridSearchCV, train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("credit_default.csv")
df["AVG_PAY_DELAY"] = df[[f"PAY_{i}" for i in [0, 2, 3, 4, 5, 6]]].mean(axis=1)
X = df.drop(columns=["ID", "default"])
y = df["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(mutual_info_classif)),
    ("clf", LogisticRegression(max_iter=2000)),
])
grid = GridSearchCV(pipe, {"select__k": [5, 10, 20], "clf__C": [0.1, 1, 10]},
                    cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="roc_auc")
grid.fit(X_train, y_train)
print(grid.best_params_, grid.best_score_)
print("test AUC:", roc_auc_score(y_test, grid.predict_proba(X_test)[:, 1]))
