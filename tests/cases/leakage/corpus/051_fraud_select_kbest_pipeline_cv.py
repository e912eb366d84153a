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



from sklearn.feature_selection import SelectKBest, f_classif
X = df[NUMERIC].fillna(0)
y = df["is_fraud"]
pipe = Pipeline([("select", SelectKBest(f_classif, k=3)), ("clf", GradientBoostingClassifier(random_state=0))])
res = cross_val_score(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="average_precision")
print(res.mean())


print("dummy cv:", cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=5, scoring="average_precision").mean())
