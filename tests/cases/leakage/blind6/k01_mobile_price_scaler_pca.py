# Mobile Price Classification
# https://www.kaggle.com/datasets/iabhishekofficial/mobile-price-classification
# Predict price_range (0=low, 1=medium, 2=high, 3=very high) from the phone specs.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings('ignore')

from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix

df = pd.read_csv('../input/mobile-price-classification/train.csv')
print(df.shape)
print(df.head())
df.info()
print(df.describe().T)

# ------------------------------------------------------------------ EDA
print(df.isnull().sum().sum(), 'missing values')
print(df['price_range'].value_counts())

plt.figure(figsize=(16, 12))
sns.heatmap(df.corr(), cmap='coolwarm')
plt.title('Correlation matrix')
plt.show()

fig, ax = plt.subplots(1, 3, figsize=(18, 5))
sns.boxplot(x='price_range', y='ram', data=df, ax=ax[0])
sns.boxplot(x='price_range', y='battery_power', data=df, ax=ax[1])
sns.countplot(x='four_g', hue='price_range', data=df, ax=ax[2])
plt.show()

# ------------------------------------------------------------------ cleaning / FE
# a few phones have a pixel height or screen width of 0, not physically possible
print((df['px_height'] == 0).sum(), (df['sc_w'] == 0).sum())
df = df[df['px_height'] > 0]
df = df[df['sc_w'] > 0]

df['px_area'] = df['px_height'] * df['px_width']
df['screen_area'] = df['sc_h'] * df['sc_w']
df['ppi_proxy'] = np.sqrt(df['px_area']) / np.sqrt(df['screen_area'])
df['talk_per_mah'] = df['talk_time'] / df['battery_power']
df['cams'] = df['fc'] + df['pc']

X = df.drop('price_range', axis=1)
y = df['price_range']

# standardise everything then compress with PCA (95% of variance)
sc = StandardScaler()
X = sc.fit_transform(X)

pca = PCA(n_components=0.95, random_state=42)
X_pca = pca.fit_transform(X)
print('components kept:', pca.n_components_)
print(np.round(pca.explained_variance_ratio_.cumsum(), 3))

plt.plot(np.cumsum(pca.explained_variance_ratio_))
plt.xlabel('n components'); plt.ylabel('cumulative explained variance')
plt.show()

X_train, X_test, y_train, y_test = train_test_split(
    X_pca, y, test_size=0.2, random_state=42, stratify=y)
print(X_train.shape, X_test.shape)

# ------------------------------------------------------------------ models
models = {
    'Logistic Regression': LogisticRegression(max_iter=2000),
    'KNN': KNeighborsClassifier(n_neighbors=9),
    'SVC': SVC(kernel='linear', C=1.0),
    'Decision Tree': DecisionTreeClassifier(max_depth=8, random_state=42),
    'Random Forest': RandomForestClassifier(n_estimators=300, random_state=42),
    'Gradient Boosting': GradientBoostingClassifier(random_state=42),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
cv_results = {}
for name, model in models.items():
    scores = cross_val_score(model, X_train, y_train, cv=skf, scoring='accuracy')
    cv_results[name] = scores.mean()
    print(f'{name:20s} cv accuracy = {scores.mean():.4f} (+/- {scores.std():.4f})')

best_name = max(cv_results, key=cv_results.get)
print('best on cross-validation:', best_name)

clf = models[best_name]
clf.fit(X_train, y_train)
y_pred = clf.predict(X_test)

print('Test accuracy:', accuracy_score(y_test, y_pred))
print(classification_report(y_test, y_pred))

cm = confusion_matrix(y_test, y_pred)
sns.heatmap(cm, annot=True, fmt='d', cmap='Blues')
plt.xlabel('predicted'); plt.ylabel('actual')
plt.title(best_name)
plt.show()
