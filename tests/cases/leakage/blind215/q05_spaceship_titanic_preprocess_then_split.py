"""Spaceship Titanic - preprocessing + a few sklearn classifiers."""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, classification_report

RANDOM_STATE = 7

df = pd.read_csv("/kaggle/input/spaceship-titanic/train.csv")
print(df.shape)
print(df["Transported"].value_counts(normalize=True))

SPEND = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]


def engineer(data):
    data = data.copy()
    cabin = data["Cabin"].str.split("/", expand=True)
    data["Deck"] = cabin[0]
    data["CabinNum"] = pd.to_numeric(cabin[1], errors="coerce")
    data["Side"] = cabin[2]
    data["TotalSpend"] = data[SPEND].sum(axis=1)
    data["NoSpend"] = (data["TotalSpend"] == 0).astype(int)
    for c in SPEND + ["TotalSpend"]:
        data["log_" + c] = np.log1p(data[c])
    data["CryoSleep"] = data["CryoSleep"].map({True: 1, False: 0})
    data["VIP"] = data["VIP"].map({True: 1, False: 0})
    return data.drop(columns=["PassengerId", "Name", "Cabin"])


df = engineer(df)
y = df.pop("Transported").astype(int)

num_cols = [c for c in df.columns if df[c].dtype != "object"]
cat_cols = [c for c in df.columns if df[c].dtype == "object"]
print("numeric:", num_cols)
print("categorical:", cat_cols)

# --- impute / scale / encode -------------------------------------------
num_imputer = SimpleImputer(strategy="median")
cat_imputer = SimpleImputer(strategy="most_frequent")
scaler = StandardScaler()
ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False)

X_num = scaler.fit_transform(num_imputer.fit_transform(df[num_cols]))
X_cat = ohe.fit_transform(cat_imputer.fit_transform(df[cat_cols]))
X = np.hstack([X_num, X_cat])
feature_names = num_cols + list(ohe.get_feature_names_out(cat_cols))
print("design matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)

classifiers = [
    ("LogReg", LogisticRegression(max_iter=2000, C=0.5)),
    ("RandomForest", RandomForestClassifier(n_estimators=400, max_depth=12, random_state=RANDOM_STATE)),
    ("GradBoost", GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, random_state=RANDOM_STATE)),
    ("SVC", SVC(C=1.0, probability=True, random_state=RANDOM_STATE)),
]

scores = {}
for name, clf in classifiers:
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    scores[name] = {
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    }
    print(f"{name:>13}: acc={scores[name]['accuracy']:.4f} auc={scores[name]['roc_auc']:.4f}")

scores = pd.DataFrame(scores).T.sort_values("accuracy", ascending=False)
print(scores)

gb = dict(classifiers)["GradBoost"]
print(classification_report(y_test, gb.predict(X_test)))

top = pd.Series(gb.feature_importances_, index=feature_names).nlargest(15)
print(top)
