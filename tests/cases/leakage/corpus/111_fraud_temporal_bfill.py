import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, cross_val_score, KFold, StratifiedKFold
from sklearn.model_selection import TimeSeriesSplit, GroupKFold, GroupShuffleSplit
from sklearn.preprocessing import StandardScaler, RobustScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline, Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve, accuracy_score
from sklearn.metrics import classification_report, confusion_matrix, f1_score


def load(path="train.csv"):
    data = pd.read_csv(path)
    data["event_time"] = pd.to_datetime(data["event_time"])
    return data


df = load()
print(df.describe())
print("fraud rate:", df["is_fraud"].mean())
df["hour"] = df["event_time"].dt.hour
df["log_amount"] = np.log1p(df["amount"])
df["amount"].plot(kind="hist", bins=50, logy=True)
plt.title("amount")
plt.show()
NUMERIC = ["amount", "log_amount", "distance_km", "hour"]



df = df.sort_values("event_time")
df["distance_km"] = df["distance_km"].bfill()
X = df[NUMERIC + ["distance_km"]]
y = df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
model = GradientBoostingClassifier(random_state=0).fit(X_train, y_train)
print(average_precision_score(y_test, model.predict_proba(X_test)[:, 1]))


# sanity check: how does a dummy model do?
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("dummy:", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))
