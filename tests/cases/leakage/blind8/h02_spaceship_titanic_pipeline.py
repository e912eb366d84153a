"""Spaceship Titanic: cabin/spend features + sklearn Pipeline, validated on a hold-out part of train."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score

SEED = 7
SPEND = ['RoomService', 'FoodCourt', 'ShoppingMall', 'Spa', 'VRDeck']

train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')
print(train.shape, test.shape)
print(train.describe().T)
print(train.isna().mean().sort_values(ascending=False).head(10))

ntrain = len(train)
y = train.pop('Transported').astype(int)
all_data = pd.concat([train, test], ignore_index=True)


def add_features(df):
    """Row-wise features only (same result whichever rows are passed in)."""
    df = df.copy()
    cab = df['Cabin'].str.split('/', expand=True)
    df['Deck'] = cab[0]
    df['CabinNum'] = pd.to_numeric(cab[1], errors='coerce')
    df['Side'] = cab[2]
    df['TotalSpend'] = df[SPEND].sum(axis=1, min_count=1)
    df['LogSpend'] = np.log1p(df['TotalSpend'])
    df['CryoSleep'] = df['CryoSleep'].map({True: 1, False: 0})
    df['VIP'] = df['VIP'].map({True: 1, False: 0})
    df['IsChild'] = (df['Age'] < 13).astype(float)
    return df.drop(columns=['PassengerId', 'Name', 'Cabin'])


all_data = add_features(all_data)
all_data = pd.get_dummies(all_data, columns=['HomePlanet', 'Destination', 'Deck', 'Side'], dummy_na=True)

X = all_data.iloc[:ntrain]
X_test = all_data.iloc[ntrain:]

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

num_cols = ['Age', 'CabinNum', 'TotalSpend', 'LogSpend'] + SPEND
other_cols = [c for c in X.columns if c not in num_cols]

pre = ColumnTransformer([
    ('num', Pipeline([('imp', SimpleImputer(strategy='median')), ('sc', StandardScaler())]), num_cols),
    ('rest', SimpleImputer(strategy='most_frequent'), other_cols),
])
clf = Pipeline([
    ('pre', pre),
    ('model', HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=SEED)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
scores = cross_val_score(clf, X_tr, y_tr, cv=cv, scoring='accuracy')
print('CV accuracy on train part: %.4f +/- %.4f' % (scores.mean(), scores.std()))

clf.fit(X_tr, y_tr)
val_proba = clf.predict_proba(X_val)[:, 1]
print('Validation accuracy: %.4f' % accuracy_score(y_val, (val_proba > 0.5).astype(int)))
print('Validation ROC AUC : %.4f' % roc_auc_score(y_val, val_proba))

# final model on all labelled rows for the submission
clf.fit(X, y)
sub = pd.DataFrame({'PassengerId': test['PassengerId'],
                    'Transported': clf.predict(X_test).astype(bool)})
sub.to_csv('submission.csv', index=False)
print(sub['Transported'].mean())
